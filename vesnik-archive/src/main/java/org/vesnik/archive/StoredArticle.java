package org.vesnik.archive;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as the archive stores it: id, version (1 for the first text seen, counting up with
 * each changed one), where it was read from, its metadata, its original text, and the facts its
 * annotation found when it was ingested.
 */
public record StoredArticle(String id, int version, String origin, Optional<String> url, Optional<String> title,
                            Optional<String> outlet, Optional<String> author, Optional<OffsetDateTime> published,
                            Optional<OffsetDateTime> modified, Optional<String> lead, String text, ArticleFacts facts) {

    public StoredArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(facts, "facts");
    }
}
