package org.vesnik.cli;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.vesnik.ingest.LocalServer;
import org.vesnik.ingest.TestClock;
import org.vesnik.ingest.fetch.FetchOptions;

/**
 * A small news site on a loopback server for the CLI's tests: article pages, an RSS feed that
 * answers a conditional GET with 304, a news sitemap; and the {@link Fetching} that reaches it
 * on a test clock, so no politeness delay is slept for real. The texts are written for these
 * tests.
 */
final class LocalNews implements AutoCloseable {

    private final LocalServer server = new LocalServer();
    private final TestClock clock = new TestClock();
    private final Map<String, String> titles = new LinkedHashMap<>();

    /** How the commands reach this site: the fetcher's defaults (robots.txt too), on the test clock. */
    Fetching fetching() {
        return fetching(FetchOptions.defaults());
    }

    /** The same, with the given options (a short time-out, fewer retries). */
    Fetching fetching(FetchOptions options) {
        return new Fetching(options, clock, clock.sleeper());
    }

    LocalServer server() {
        return server;
    }

    TestClock clock() {
        return clock;
    }

    String url(String path) {
        return server.url(path).toString();
    }

    /** Serves an article page at {@code path}. */
    LocalNews article(String path, String title, String... paragraphs) {
        titles.put(path, title);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"mk\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append(" | Тест Вести</title>")
                .append("<meta property=\"og:site_name\" content=\"Тест Вести\"></head><body>")
                .append("<nav><a href=\"/\">Почетна</a> <a href=\"/sport\">Спорт</a></nav><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        html.append("</article><footer>© Тест Вести</footer></body></html>");
        server.page(path, "text/html; charset=utf-8", html.toString());
        return this;
    }

    /** Three articles the team wrote, at /vesti/most, /vesti/sneg and /sport/pelister. */
    LocalNews threeArticles() {
        return article("/vesti/most", "Нов мост преку Вардар во Велес",
                "Општина Велес денеска го отвори новиот пешачки мост преку Вардар, долг 120 метри.",
                "Градоначалникот изјави дека мостот ќе биде осветлен до крајот на месецот.")
            .article("/vesti/sneg", "Првиот снег на Попова Шапка",
                "Првиот снег оваа зима падна синоќа на Попова Шапка, а покривката достигна 15 сантиметри.",
                "Од скијачкиот центар соопштија дека жичарницата ќе работи од сабота.")
            .article("/sport/pelister", "Пелистер победи во дербито",
                "Ракометарите на Пелистер ја победија екипата на Вардар со 30:28 во полна сала во Битола.",
                "Тренерот рече дека ова е најважната победа во сезоната.");
    }

    /** The RSS 2.0 text of a feed whose items link to the given article paths, newest first. */
    String rss(List<String> paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Тест Вести</title><link>" + server.base() + "/</link><language>mk</language>");
        for (String path : paths) {
            xml.append("<item><title>").append(titles.getOrDefault(path, path)).append("</title><link>")
                    .append(url(path)).append("</link><guid isPermaLink=\"false\">test").append(path)
                    .append("</guid><pubDate>Sun, 29 Nov 2026 09:15:00 +0100</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    /**
     * Serves a feed at {@code path} whose items are {@code items}' current value: each new value is a
     * new ETag, and a request with the current one gets 304.
     */
    LocalNews feed(String path, AtomicReference<List<String>> items) {
        server.on(path, exchange -> {
            String body = rss(items.get());
            String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalServer.send(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            LocalServer.send(exchange, 200, "application/rss+xml; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        });
        return this;
    }

    /** Serves a news sitemap at {@code path} listing the given article paths. */
    LocalNews sitemap(String path, List<String> paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String p : paths) {
            xml.append("<url><loc>").append(url(p)).append("</loc><lastmod>2026-11-29</lastmod></url>");
        }
        server.page(path, "application/xml; charset=utf-8", xml.append("</urlset>").toString());
        return this;
    }

    @Override
    public void close() {
        server.close();
    }
}
