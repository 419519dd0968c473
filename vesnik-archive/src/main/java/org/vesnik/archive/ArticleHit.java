package org.vesnik.archive;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One article found: what a list of results shows of it (with {@code origin}, where it was read
 * from, for an article without a title or URL), its score and a snippet.
 */
public record ArticleHit(String id, Optional<String> title, Optional<String> outlet, Optional<OffsetDateTime> published,
                         Optional<String> url, String origin, float score, Snippet snippet) {

    public ArticleHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(snippet, "snippet");
    }
}
