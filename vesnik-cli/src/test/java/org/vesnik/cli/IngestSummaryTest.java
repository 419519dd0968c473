package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vesnik.archive.IngestOutcome;
import org.vesnik.archive.IngestResult;
import org.vesnik.ingest.ProblemKind;
import org.vesnik.ingest.ReadItem;

class IngestSummaryTest {

    private static IngestResult result(IngestOutcome outcome, String language) {
        return new IngestResult("a.txt", outcome, language, Optional.of("text:1"), outcome == IngestOutcome.FAILED
                ? Optional.of("annotation failed: boom") : Optional.empty());
    }

    private static ReadItem.Problem problem(ProblemKind kind) {
        return new ReadItem.Problem("feed.jsonl:12", kind, "the reason");
    }

    @Test
    void articlesAloneExitZero() {
        IngestSummary summary = new IngestSummary();
        summary.result(result(IngestOutcome.NEW, "mk"));
        summary.result(result(IngestOutcome.UNCHANGED, "mk"));
        summary.result(result(IngestOutcome.OTHER_LANGUAGE, "bg"));
        assertThat(summary.exitCode()).isZero();
        assertThat(summary.skipped()).isEqualTo(1);
    }

    @Test
    void aBadRecordExits65AndTheExpectedSkipsDoNot() {
        IngestSummary inFolder = new IngestSummary();
        inFolder.problem(problem(ProblemKind.UNSUPPORTED), false);
        inFolder.problem(problem(ProblemKind.NO_ARTICLE), false);
        inFolder.problem(problem(ProblemKind.ROBOTS), true);
        assertThat(inFolder.exitCode()).isZero();
        for (ProblemKind bad : new ProblemKind[] {ProblemKind.NOT_JSON, ProblemKind.NOT_TEXT, ProblemKind.TRUNCATED,
            ProblemKind.NOT_FEED, ProblemKind.TOO_LARGE, ProblemKind.HTTP, ProblemKind.TIMEOUT, ProblemKind.NO_TEXT}) {
            IngestSummary summary = new IngestSummary();
            summary.problem(problem(bad), false);
            assertThat(summary.exitCode()).as(bad.name()).isEqualTo(65);
        }
        IngestSummary named = new IngestSummary();
        named.problem(problem(ProblemKind.UNSUPPORTED), true);
        assertThat(named.exitCode()).isEqualTo(65);
    }

    @Test
    void aMissingSourceExits66AndAFailureOfVesnik70() {
        IngestSummary missing = new IngestSummary();
        missing.problem(problem(ProblemKind.NOT_JSON), false);
        missing.problem(new ReadItem.Problem("none.jsonl", ProblemKind.MISSING, "no such file or folder"), true);
        assertThat(missing.exitCode()).isEqualTo(66);
        IngestSummary failed = new IngestSummary();
        failed.result(result(IngestOutcome.FAILED, "und"));
        assertThat(failed.exitCode()).isEqualTo(70);
    }

    @Test
    void theSummaryListsEachBadRecordWithItsSourceAndReasonUpToALimit() throws IOException {
        IngestSummary summary = new IngestSummary();
        for (int i = 0; i < IngestSummary.MAX_LISTED + 5; i++) {
            summary.problem(new ReadItem.Problem("feed.jsonl:" + i, ProblemKind.NOT_JSON, "not JSON"), false);
        }
        summary.result(result(IngestOutcome.OTHER_LANGUAGE, "sr"));
        StringWriter out = new StringWriter();
        summary.writeText(out, Path.of("/tmp/archive"));
        assertThat(out.toString()).startsWith("/tmp/archive: 106 read, 0 new, 0 updated, 0 unchanged, 106 skipped\n")
                .contains("skipped: 105 not-json, 1 language sr\n")
                .contains("  feed.jsonl:0: not-json: not JSON\n")
                .contains("  ... and 5 more, counted above\n")
                .doesNotContain("feed.jsonl:100:");
    }
}
