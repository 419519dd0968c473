package org.vesnik.ingest;

import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The plain text of a feed item's description or content, which is HTML or plain text: its
 * paragraphs, separated by blank lines, as an article's body is.
 */
final class FeedText {

    private FeedText() {
    }

    static String plain(String htmlOrText) {
        Document fragment = Jsoup.parseBodyFragment(htmlOrText);
        Element body = fragment.body();
        Elements paragraphs = body.select("p, li, h1, h2, h3, h4, h5, h6, blockquote:not(:has(p))");
        if (paragraphs.isEmpty()) {
            return body.text();
        }
        return paragraphs.stream().map(Element::text).filter(t -> !t.isBlank()).collect(Collectors.joining("\n\n"));
    }
}
