package org.vesnik.archive;

import java.util.List;

/** A page of quotations and how many matched in all. */
public record QuotePage(long total, int page, int pageSize, List<QuoteHit> quotes) {

    public QuotePage {
        quotes = List.copyOf(quotes);
    }
}
