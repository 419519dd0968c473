package org.vesnik.archive.lucene;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/** The filters and orders article and quotation searches share. */
final class Filters {

    private Filters() {
    }

    static Query kind(String kind) {
        return new TermQuery(new Term(ArchiveSchema.KIND, kind));
    }

    /** Published between the two days, both included; empty when neither is given. */
    static Optional<Query> days(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        int lower = from.map(d -> Math.toIntExact(d.toEpochDay())).orElse(Integer.MIN_VALUE);
        int upper = to.map(d -> Math.toIntExact(d.toEpochDay())).orElse(Integer.MAX_VALUE);
        return Optional.of(IntPoint.newRangeQuery(ArchiveSchema.DAY, lower, upper));
    }

    /** From an outlet, matched as the outlet field is indexed: whole, lower case, Latin folded to Cyrillic. */
    static Query outlet(String name) {
        return new TermQuery(new Term(ArchiveSchema.SOURCE, ArchiveSchema.ANALYZER.normalize(ArchiveSchema.SOURCE, name.strip())));
    }

    /** Newest first, undated last. */
    static SortField newestFirst() {
        SortField date = new SortField(ArchiveSchema.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }
}
