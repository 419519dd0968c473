package org.vesnik.archive;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A look-up of quotations: words in classic query syntax (empty: any words), who said them (an
 * entity id, or a name: the registry's people of that name, else the words naming the speaker),
 * dates, and a page (from 1). With words, best match first; without, newest first.
 */
public record QuoteRequest(String query, Optional<String> speaker, Optional<LocalDate> from, Optional<LocalDate> to,
                           int page, int pageSize) {

    public QuoteRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Paging.check(page, pageSize);
    }

    public static QuoteRequest of(String query) {
        return new QuoteRequest(query, Optional.empty(), Optional.empty(), Optional.empty(), 1, 10);
    }

    public QuoteRequest withSpeaker(String idOrName) {
        return new QuoteRequest(query, Optional.of(idOrName), from, to, page, pageSize);
    }

    public QuoteRequest withFrom(LocalDate day) {
        return new QuoteRequest(query, speaker, Optional.of(day), to, page, pageSize);
    }

    public QuoteRequest withTo(LocalDate day) {
        return new QuoteRequest(query, speaker, from, Optional.of(day), page, pageSize);
    }

    public QuoteRequest withPage(int number, int size) {
        return new QuoteRequest(query, speaker, from, to, number, size);
    }
}
