package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitCodesTest {

    @Test
    void theFirstFailureDecides() {
        int code = ExitCodes.OK;
        code = ExitCodes.firstFailure(code, ExitCodes.NO_INPUT);
        code = ExitCodes.firstFailure(code, ExitCodes.BAD_DATA);
        assertThat(code).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(ExitCodes.firstFailure(ExitCodes.OK, ExitCodes.BAD_DATA)).isEqualTo(ExitCodes.BAD_DATA);
    }
}
