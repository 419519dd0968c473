package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestProgressTest {

    @Test
    void withoutATerminalALineIsLoggedEveryThousandArticles() {
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), new StringWriter(), new PrintWriter(err), Map.of(), false);
        try (IngestProgress progress = IngestProgress.on(terminal)) {
            for (int articles = 1; articles <= 2500; articles++) {
                progress.update(articles, articles * 2_000L);
            }
        }
        assertThat(err.toString().lines()).hasSize(2).allMatch(line -> line.matches(
                "vesnik: ingest: [\\d,]+ articles, [\\d.]+ MB, \\d+ articles/s"));
        assertThat(err.toString()).contains("1,000 articles, 2.0 MB").contains("2,000 articles, 4.0 MB");
    }

    @Test
    void aReaderThatYieldsManyArticlesAtOnceLogsOnce() {
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), new StringWriter(), new PrintWriter(err), Map.of(), false);
        try (IngestProgress progress = IngestProgress.on(terminal)) {
            progress.update(999, 0);
            progress.update(3500, 0);
            progress.update(3600, 0);
        }
        assertThat(err.toString().lines()).hasSize(1);
    }
}
