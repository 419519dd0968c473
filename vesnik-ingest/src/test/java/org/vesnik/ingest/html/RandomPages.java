package org.vesnik.ingest.html;

import java.util.List;
import java.util.Random;

/**
 * Generates random web pages from a seed: nested page furniture and article-like paragraphs,
 * with the class names templates use, hidden parts, scripts, entities, unclosed and stray tags,
 * and runs of deep nesting. The words are random letters, Cyrillic and Latin.
 */
final class RandomPages {

    private static final List<String> BLOCKS = List.of("div", "section", "article", "main", "p", "ul", "li", "table", "tr",
            "td", "h1", "h2", "h3", "nav", "footer", "header", "aside", "form", "blockquote", "figure", "figcaption",
            "my-widget", "center", "dl", "dd", "pre");
    private static final List<String> INLINES = List.of("a", "span", "b", "i", "em", "strong", "font", "small", "time", "label");
    private static final List<String> CLASSES = List.of("post", "entry-content", "article-body", "share-bar", "related-posts",
            "comments", "sidebar", "cookie-banner", "byline", "lead", "post-date", "menu", "content", "wrapper", "teaser",
            "storyBody", "footer-links", "x1", "col-md-8", "ad-slot", "nav", "title", "summary");
    private static final String CYRILLIC = "абвгдѓежзѕијклљмнњопрстќуфхцчџш";
    private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
    private static final List<String> ODD = List.of("&amp;", "&nbsp;", "&#x41;", "&lt;", "&bogus;", "<!-- коментар -->", "<", ">",
            "\u2009", "\u00AD", "<![CDATA[x]]>", "&#0;", "\uFFFD", "„", "“", "\t", "\r\n");

    private final Random random;

    RandomPages(long seed) {
        random = new Random(seed);
    }

    /** One page of about {@code size} elements. */
    String page(int size) {
        StringBuilder html = new StringBuilder();
        if (random.nextBoolean()) {
            html.append("<!DOCTYPE html>");
        }
        html.append("<html><head>");
        if (random.nextBoolean()) {
            html.append("<title>").append(sentence(2 + random.nextInt(8))).append(random.nextBoolean() ? " | " + word() : "").append("</title>");
        }
        if (random.nextInt(3) == 0) {
            html.append("<meta property=\"og:title\" content=\"").append(sentence(4)).append("\">");
        }
        if (random.nextInt(3) == 0) {
            html.append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"").append(sentence(3))
                    .append("\",\"datePublished\":\"20").append(10 + random.nextInt(20)).append("-0").append(1 + random.nextInt(9))
                    .append("-1").append(random.nextInt(9)).append(random.nextBoolean() ? "\"}" : "").append("</script>");
        }
        html.append("</head><body>");
        int budget = size;
        while (budget > 0) {
            budget -= element(html, 0);
        }
        if (random.nextInt(4) == 0) {
            html.append("<div>".repeat(200 + random.nextInt(2000))).append(paragraph());
        }
        if (random.nextBoolean()) {
            html.append("</body></html>");
        }
        return html.toString();
    }

    /** Appends one element with random content and returns how many elements it made. */
    private int element(StringBuilder html, int depth) {
        int made = 1;
        int kind = random.nextInt(10);
        if (kind < 3 || depth > 12) {
            html.append("<p").append(attributes()).append('>').append(paragraph()).append(random.nextInt(5) == 0 ? "" : "</p>");
            return made;
        }
        if (kind == 3) {
            html.append(random.nextBoolean() ? "<script>var a = '" + word() + "';</script>" : "<style>.x{color:red}</style>");
            return made;
        }
        if (kind == 4) {
            html.append(ODD.get(random.nextInt(ODD.size())));
            return made;
        }
        String tag = BLOCKS.get(random.nextInt(BLOCKS.size()));
        html.append('<').append(tag).append(attributes()).append('>');
        int children = random.nextInt(6);
        for (int i = 0; i < children; i++) {
            if (random.nextInt(3) == 0) {
                String inline = INLINES.get(random.nextInt(INLINES.size()));
                html.append('<').append(inline).append(inline.equals("a") ? " href=\"/" + word() + "\"" : "").append('>')
                        .append(sentence(1 + random.nextInt(6))).append("</").append(inline).append('>');
                if (random.nextBoolean()) {
                    html.append(random.nextBoolean() ? "<br>" : "<br><br>");
                }
            } else {
                made += element(html, depth + 1);
            }
        }
        if (random.nextInt(8) != 0) {
            html.append("</").append(tag).append('>');
        }
        return made;
    }

    private String attributes() {
        StringBuilder a = new StringBuilder();
        if (random.nextBoolean()) {
            a.append(" class=\"").append(CLASSES.get(random.nextInt(CLASSES.size()))).append('"');
        }
        if (random.nextInt(6) == 0) {
            a.append(" id=\"").append(CLASSES.get(random.nextInt(CLASSES.size()))).append('"');
        }
        if (random.nextInt(15) == 0) {
            a.append(random.nextBoolean() ? " hidden" : " style=\"display: none\"");
        }
        return a.toString();
    }

    private String paragraph() {
        StringBuilder p = new StringBuilder(sentence(3 + random.nextInt(30)));
        if (random.nextInt(3) == 0) {
            p.append(" <a href=\"/").append(word()).append("\">").append(sentence(1 + random.nextInt(4))).append("</a> ");
            p.append(sentence(2 + random.nextInt(10)));
        }
        return p.toString();
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                s.append(random.nextInt(12) == 0 ? ", " : " ");
            }
            s.append(i == 0 ? capitalised(word()) : word());
            if (random.nextInt(40) == 0) {
                s.append(ODD.get(random.nextInt(ODD.size())));
            }
        }
        return s.append(random.nextInt(4) == 0 ? "" : ".").toString();
    }

    private String word() {
        String letters = random.nextInt(4) == 0 ? LATIN : CYRILLIC;
        int n = 1 + random.nextInt(10);
        StringBuilder w = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            w.append(letters.charAt(random.nextInt(letters.length())));
        }
        return w.toString();
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
