package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vesnik.cli.CliRun.run;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TranslitCommandTest {

    @Test
    void romanizesTheArgumentsInTheNationalSystemByDefault() {
        CliRun run = run("translit", "Ким", "Џонг", "Ун,", "Ѓорѓе");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Kim Džong Un, Ǵorǵe\n");
    }

    @Test
    void readsStandardInputLineByLine() {
        byte[] in = "Љубљана\nЖешка шарпланина\n\nСкопје".getBytes(StandardCharsets.UTF_8);
        CliRun run = run(in, "translit", "--system", "ascii");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Ljubljana\nZheshka sharplanina\n\nSkopje\n");
    }

    @Test
    void reversesAnySystemByDefault() {
        CliRun run = run("translit", "--reverse", "Kim", "Dzhong", "Un", "i", "Ǵorǵe", "Gjorgje");
        assertThat(run.out()).isEqualTo("Ким Џонг Ун и Ѓорѓе Ѓорѓе\n");
        assertThat(run("translit", "-r", "-s", "iso9", "L̂ubl̂ana").out()).isEqualTo("Љубљана\n");
    }

    @Test
    void anUnknownSystemIsAUsageError() {
        CliRun run = run("translit", "--system", "klingon", "текст");
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("klingon").contains("bgn2013");
        assertThat(run("translit", "--system", "any", "текст").exitCode()).isEqualTo(64);
    }

    @Test
    void invalidUtf8OnStandardInputIsBadData() {
        byte[] in = {'a', '\n', (byte) 0xC3, '\n'};
        CliRun run = run(in, "translit");
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).contains("line 2").contains("UTF-8");
    }
}
