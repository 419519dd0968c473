package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.ingest.LocalServer;
import org.vesnik.ingest.fetch.FetchOptions;

class ExtractCommandUrlsTest {

    private final LocalNews news = new LocalNews();

    @TempDir
    Path dir;

    @BeforeEach
    void serve() {
        news.threeArticles();
    }

    @AfterEach
    void stop() {
        news.close();
    }

    private CliRun extract(Fetching fetching, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "extract";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.runWith(fetching, Map.of(), all);
    }

    private CliRun extract(String... args) {
        return extract(news.fetching(), args);
    }

    private void redirect(String from, String to) {
        news.server().on(from, exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            LocalServer.send(exchange, 301, null, new byte[0]);
        });
    }

    @Test
    void aUrlsPageIsFetchedPolitelyAndExtracted() throws IOException {
        redirect("/stara-adresa", "/vesti/most");
        Path saved = Files.writeString(dir.resolve("a.html"), "<html lang=mk><body><article><h1>Снег</h1>"
                + "<p>Првиот снег оваа зима падна синоќа на Попова Шапка, а покривката достигна 15 сантиметри.</p>"
                + "</article></body></html>", StandardCharsets.UTF_8);
        String asked = news.url("/stara-adresa");
        CliRun run = extract(asked, saved.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode page = new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(page.get("source").asText()).isEqualTo(asked);
        assertThat(page.get("url").asText()).as("where the redirect led").isEqualTo(news.url("/vesti/most"));
        assertThat(page.get("title").asText()).isEqualTo("Нов мост преку Вардар во Велес");
        assertThat(page.get("outlet").asText()).isEqualTo("Тест Вести");
        assertThat(page.get("text").asText()).startsWith("Општина Велес денеска").doesNotContain("Почетна");
        assertThat(run.out().lines()).hasSize(2);
        assertThat(news.server().requestsFor("/robots.txt")).isEqualTo(1);
        assertThat(news.server().requests()).allSatisfy(r -> assertThat(r.header("User-Agent")).startsWith("vesnik/"));
    }

    @Test
    void aPageRobotsTxtForbidsIsNotFetched() {
        news.server().page("/robots.txt", "text/plain", "User-agent: vesnik\nDisallow: /vesti/\n");
        CliRun run = extract(news.url("/vesti/most"));
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).isEqualTo("vesnik: " + news.url("/vesti/most") + ": robots.txt of " + news.server().base()
                + " forbids " + news.url("/vesti/most") + System.lineSeparator());
        assertThat(news.server().requestsFor("/vesti/most")).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRefusedSchemeIsOneLineNamingTheUrlAndExit65() {
        CliRun run = extract("ftp://127.0.0.1/vesti.html", "file:///etc/hostname", news.url("/vesti/most"));
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err().lines()).containsExactly(
                "vesnik: ftp://127.0.0.1/vesti.html: refused: only http and https URLs are fetched, not ftp:"
                        + " (ftp://127.0.0.1/vesti.html)",
                "vesnik: file:///etc/hostname: refused: only http and https URLs are fetched, not file:"
                        + " (file:///etc/hostname)");
        assertThat(run.out().lines()).hasSize(1);
    }

    @Test
    void anHttpErrorIsOneLineWithItsStatusAndExit65() {
        news.server().on("/greska", exchange -> LocalServer.send(exchange, 500, "text/plain", new byte[0]));
        CliRun missing = extract(news.url("/vesti/nema"));
        assertThat(missing.exitCode()).isEqualTo(65);
        assertThat(missing.err()).isEqualTo("vesnik: " + news.url("/vesti/nema") + ": HTTP 404" + System.lineSeparator());
        CliRun broken = extract(news.url("/greska"));
        assertThat(broken.exitCode()).isEqualTo(65);
        assertThat(broken.err()).isEqualTo("vesnik: " + news.url("/greska") + ": HTTP 500" + System.lineSeparator());
    }

    @Test
    void aRedirectLoopIsOneLineWithItsChainAndExit65() {
        redirect("/a", "/b");
        redirect("/b", "/a");
        CliRun run = extract(news.url("/a"));
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).isEqualTo("vesnik: " + news.url("/a") + ": redirect loop: " + news.url("/a") + " -> "
                + news.url("/b") + " -> " + news.url("/a") + System.lineSeparator());
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsOneLineAndExit65() {
        CountDownLatch release = new CountDownLatch(1);
        news.server().on("/bavno", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        FetchOptions impatient = FetchOptions.defaults().withRequestTimeout(Duration.ofMillis(200))
                .withRetries(1, Duration.ofSeconds(2), Duration.ofMinutes(2));
        try {
            CliRun run = extract(news.fetching(impatient), news.url("/bavno"));
            assertThat(run.exitCode()).isEqualTo(65);
            assertThat(run.err()).isEqualTo("vesnik: " + news.url("/bavno") + ": no answer within 200 ms (after 2 tries)"
                    + System.lineSeparator());
            assertThat(news.clock().sleeps()).as("the back-off, on the test clock").contains(Duration.ofSeconds(2));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aPageOverTheLimitIsRefusedAsTooLarge() {
        CliRun run = extract("--max-bytes", "200", news.url("/vesti/most"));
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).startsWith("vesnik: " + news.url("/vesti/most") + ": body of ")
                .contains("larger than the limit of 200 bytes");
    }

    @Test
    void aUrlWithNoArticleIsReportedAsAFileWithNoneIs() {
        news.server().page("/", "text/html; charset=utf-8",
                "<html><body><nav><a href=/a>Прва</a> <a href=/b>Втора</a></nav></body></html>");
        CliRun run = extract(news.url("/"));
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).isEqualTo("vesnik: " + news.url("/") + ": no article text on the page" + System.lineSeparator());
    }
}
