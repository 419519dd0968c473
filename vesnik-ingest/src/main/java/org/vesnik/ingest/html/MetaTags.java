package org.vesnik.ingest.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} values by key, whichever attribute names them ({@code property},
 * {@code name}, {@code itemprop} or {@code http-equiv}), keys in lower case; the first value of
 * a key wins, as the first is the page's own and later ones are often embedded widgets'. An
 * attribute naming several keys ({@code itemprop="datePublished dateCreated"}) gives each.
 */
final class MetaTags {

    private final Map<String, String> values;

    private MetaTags(Map<String, String> values) {
        this.values = values;
    }

    static MetaTags of(Document page) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                // itemprop="datePublished dateCreated" names two properties
                for (String key : meta.attr(attribute).strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isEmpty()) {
                        values.putIfAbsent(key, content);
                    }
                }
            }
        }
        return new MetaTags(Map.copyOf(values));
    }

    /** The first value of these keys that reads as a {@code T}. */
    <T> Optional<T> first(List<String> keys, Function<String, Optional<T>> read) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null) {
                Optional<T> t = read.apply(value);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /** The value of the first of these keys the page has. */
    Optional<String> first(List<String> keys) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
