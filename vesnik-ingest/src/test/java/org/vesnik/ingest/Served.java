package org.vesnik.ingest;

import java.time.Duration;
import org.vesnik.ingest.fetch.FetchOptions;
import org.vesnik.ingest.fetch.HttpFetcher;
import org.vesnik.ingest.fetch.ValidatorStore;
import org.vesnik.ingest.html.ArticleExtractor;

/** Readers wired to a test's local server and test clock, so that no test waits for politeness. */
final class Served {

    private Served() {
    }

    static HttpFetcher fetcher(TestClock clock) {
        return new HttpFetcher(FetchOptions.defaults().withHostDelay(Duration.ofSeconds(1)), new ValidatorStore(), clock,
                clock.sleeper());
    }

    static SourceReaders readers(TestClock clock) {
        return new SourceReaders(ReadOptions.defaults(), new ArticleExtractor(), fetcher(clock));
    }

    /** A test resource with {@code http://vesnik.test} replaced by the server's address. */
    static String resource(String name, LocalServer server) {
        return Resources.text(name).replace("http://vesnik.test", server.base());
    }

    /** A page with a title and an article of the given paragraphs. */
    static String page(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"mk\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    /** A page with nothing in its body: no extractor finds an article in it. */
    static final String EMPTY_PAGE = "<!DOCTYPE html><html><head><title>Вести</title></head><body></body></html>";
}
