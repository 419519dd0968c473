package org.vesnik.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthNamesTest {

    @Test
    void monthNamesAndAbbreviationsGiveTheirMonthInAnyCase() {
        assertThat(MonthNames.month("февруари")).hasValue(2);
        assertThat(MonthNames.month("ФЕВРУАРИ")).hasValue(2);
        assertThat(MonthNames.month("Септ.")).hasValue(9);
        assertThat(MonthNames.month("дек.")).hasValue(12);
    }

    @Test
    void otherWordsAreNoMonth() {
        assertThat(MonthNames.month("февруар")).isEmpty();
        assertThat(MonthNames.month("понеделник")).isEmpty();
        assertThat(MonthNames.month("")).isEmpty();
    }
}
