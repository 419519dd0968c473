package org.vesnik.archive;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** One quotation found, with the article it is in: the article's id, title, outlet and date. */
public record QuoteHit(String article, Optional<String> title, Optional<String> outlet,
                       Optional<OffsetDateTime> published, Quote quote) {

    public QuoteHit {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(quote, "quote");
    }
}
