package org.vesnik.ingest;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Picks the reader for one document's bytes, fetched or read from a file: a feed, a sitemap, a
 * web page or plain text, by its content type when one is given and by its first element.
 */
final class Documents {

    private Documents() {
    }

    /**
     * @param contentType the HTTP Content-Type, when there is one
     * @param url         where the document is from (a fetched URL or a file's URI): the base of its links
     */
    static ArticleReader open(byte[] bytes, Optional<String> contentType, String source, URI url,
            Optional<Instant> fetched, ReaderContext context) {
        String type = contentType.map(Documents::mediaType).orElse("");
        if (type.equals("text/plain")) {
            return SingleItemReader.of(PlainText.article(bytes, source, Optional.of(url.toString()), fetched));
        }
        if (isXml(type) || ((type.isEmpty() || type.equals("application/octet-stream"))
                && MarkupSniffer.startsWithTag(bytes) && !looksLikeHtmlStart(bytes))) {
            return xml(bytes, contentType, source, url, fetched, context);
        }
        if (type.isEmpty() || type.equals("text/html") || type.equals("application/xhtml+xml")
                || type.equals("application/octet-stream")) {
            return SingleItemReader.of(context.pages().read(bytes, contentType, source, Optional.of(url.toString()), fetched));
        }
        return SingleItemReader.of(new ReadItem.Problem(source, ProblemKind.NOT_HTML,
                "not an HTML page, a feed or a sitemap (" + type + ")"));
    }

    /** An XML document: a feed, a sitemap, or (XHTML) a page; anything else is NOT_FEED. */
    static ArticleReader xml(byte[] bytes, Optional<String> contentType, String source, URI url,
            Optional<Instant> fetched, ReaderContext context) {
        XmlRoot.Root root;
        try {
            root = XmlRoot.of(bytes);
        } catch (XMLStreamException e) {
            String reason = MarkupSniffer.looksLikeMarkup(bytes)
                    ? "not well-formed XML: " + firstLine(e.getMessage())
                    : "not XML: " + MarkupSniffer.describeBinary(bytes);
            return SingleItemReader.of(new ReadItem.Problem(source, ProblemKind.NOT_FEED, reason));
        }
        switch (root.kind()) {
            case FEED:
                return new FeedReader(bytes, source, fetched, context.feedItems());
            case SITEMAP:
                try {
                    URL base = url.toURL();
                    return new SitemapReader(bytes, source, base, context);
                } catch (MalformedURLException | IllegalArgumentException e) {
                    return SingleItemReader.of(new ReadItem.Problem(source, ProblemKind.NOT_FEED,
                            "a sitemap at a location that is not a URL: " + url));
                }
            default:
                if (root.name().equalsIgnoreCase("html")) {
                    return SingleItemReader.of(context.pages().read(bytes, contentType, source,
                            Optional.of(url.toString()), fetched));
                }
                return SingleItemReader.of(new ReadItem.Problem(source, ProblemKind.NOT_FEED,
                        "XML whose first element is <" + root.name() + ">, not RSS, Atom or a sitemap"));
        }
    }

    private static boolean isXml(String type) {
        return type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml")
                && !type.equals("application/xhtml+xml");
    }

    /** {@code <!DOCTYPE html>} or {@code <html>} opening a page served without a content type. */
    private static boolean looksLikeHtmlStart(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** The media type of a Content-Type header, lower case, without parameters. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String message) {
        String s = String.valueOf(message);
        int newline = s.indexOf('\n');
        return (newline < 0 ? s : s.substring(0, newline)).strip();
    }
}
