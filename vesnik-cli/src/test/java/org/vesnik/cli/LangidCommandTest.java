package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vesnik.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LangidCommandTest {

    @TempDir
    Path dir;

    @Test
    void identifiesAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Ким изјави дека ќе ја поддржи Русија.\n", StandardCharsets.UTF_8);
        CliRun run = run("langid", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("mk\t1.000\n");
    }

    @Test
    void identifiesEachLineOfStandardInput() {
        byte[] in = ("Владата го усвои буџетот.\nПравителството одобри проектобюджета за следващата година.\n"
                + "The government approved the budget.\n\n").getBytes(StandardCharsets.UTF_8);
        CliRun run = run(in, "langid", "--lines");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().map(line -> line.split("\t")[0])).containsExactly("mk", "bg", "en", "und");
        assertThat(run.out().lines()).allMatch(line -> line.matches("[a-z]{2,3}\t[01]\\.\\d{3}"));
    }

    @Test
    void badInputAndMissingFilesHaveTheirExitCodes() {
        assertThat(run(new byte[] {'a', (byte) 0xFF, 0, 0, 0}, "langid").exitCode()).isEqualTo(65);
        assertThat(run("langid", dir.resolve("none.txt").toString()).exitCode()).isEqualTo(66);
    }

    @Test
    void annotateReportsAForeignLanguageAndLangForcesMacedonian() {
        byte[] in = "Правителството одобри проектобюджета за следващата година.".getBytes(StandardCharsets.UTF_8);
        CliRun guessed = run(in, "annotate", "--format", "json");
        assertThat(guessed.exitCode()).isZero();
        assertThat(guessed.err()).contains("language bg").contains("--lang mk");
        CliRun forced = run(in, "annotate", "--lang", "mk");
        assertThat(forced.err()).isEmpty();
        assertThat(forced.out()).contains("\"forced\":\"mk\"");
    }
}
