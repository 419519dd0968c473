package org.vesnik.ingest;

import java.util.Objects;
import org.vesnik.core.article.Article;

/** What a reader yields for one record of its input: an article, or why there is none. */
public sealed interface ReadItem permits ReadItem.Found, ReadItem.Problem {

    /** Where the item came from: a path, a URL, or a record in one ({@code feed.jsonl:12}). */
    String source();

    /** An article read whole. */
    record Found(Article article) implements ReadItem {
        public Found {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String source() {
            return article.source();
        }
    }

    /** A record that gave no article, with the kind of failure and a reason a user understands. */
    record Problem(String source, ProblemKind kind, String reason) implements ReadItem {
        public Problem {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }

        /** One line for a report: {@code feed.jsonl:12: not JSON (Unexpected character ...)}. */
        public String line() {
            return source + ": " + reason;
        }
    }
}
