package org.vesnik.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vesnik.core.article.Article;

/** Reads a reader to its end, for tests, and sorts what it yielded. */
public final class Items {

    public final List<ReadItem> all = new ArrayList<>();
    public final long skipped;
    public final long bytesRead;

    private Items(ArticleReader reader) {
        try (reader) {
            for (int i = 0; i < 100_000; i++) {
                Optional<ReadItem> item = reader.next();
                if (item.isEmpty()) {
                    break;
                }
                all.add(item.get());
            }
            skipped = reader.skipped();
            bytesRead = reader.bytesRead();
        }
    }

    public static Items of(ArticleReader reader) {
        return new Items(reader);
    }

    public List<Article> articles() {
        return all.stream().filter(i -> i instanceof ReadItem.Found).map(i -> ((ReadItem.Found) i).article())
                .collect(Collectors.toList());
    }

    public List<ReadItem.Problem> problems() {
        return all.stream().filter(i -> i instanceof ReadItem.Problem).map(i -> (ReadItem.Problem) i)
                .collect(Collectors.toList());
    }

    public List<String> problemLines() {
        return problems().stream().map(ReadItem.Problem::line).collect(Collectors.toList());
    }
}
