package org.vesnik.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.stream.Stream;
import org.vesnik.core.article.Article;

/**
 * Opens the reader for a source a user names: a file, a folder, a JSONL or WARC file, a feed or
 * a page URL. Placeholder until the readers land: plain UTF-8 {@code .txt} files and folders.
 */
public final class SourceReaders {

    public ArticleReader open(String spec) {
        Path path = Path.of(spec);
        Deque<Path> files = new ArrayDeque<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            files.add(path);
        }
        return new ArticleReader() {
            private long read;

            @Override
            public Optional<ReadItem> next() {
                Path file = files.poll();
                if (file == null) {
                    return Optional.empty();
                }
                if (!file.toString().endsWith(".txt")) {
                    return Optional.of(new ReadItem.Problem(file.toString(), ProblemKind.UNSUPPORTED, "not a .txt file"));
                }
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    read += bytes.length;
                    return Optional.of(new ReadItem.Found(
                            Article.builder(file.toString(), new String(bytes, StandardCharsets.UTF_8)).build()));
                } catch (IOException e) {
                    return Optional.of(new ReadItem.Problem(file.toString(), ProblemKind.MISSING, "cannot read: " + e.getMessage()));
                }
            }

            @Override
            public long bytesRead() {
                return read;
            }

            @Override
            public void close() {
            }
        };
    }
}
