package org.vesnik.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.vesnik.ingest.io.ContentEncoding;
import org.vesnik.ingest.io.TooLargeException;

/**
 * Reads the HTML responses of a WARC file ({@code .warc} or {@code .warc.gz}, as Common Crawl's
 * CC-NEWS is) with jwarc: chunked transfer and gzip or deflate content encodings undone, the
 * decoded body bounded by the record limit (TOO_LARGE beyond it, so no gzip bomb fills memory),
 * the fetch time the record's WARC-Date. Records that are not HTML responses (requests,
 * metadata, images, redirects) are skipped and counted. A record is yielded only once it has
 * been read whole, so a truncated file ends, after every whole record, with one TRUNCATED
 * problem naming the file and the offset where the cut record starts.
 */
final class WarcArticleReader implements ArticleReader {

    private final Path file;
    private final InputFile input;
    private final ReaderContext context;
    private WarcReader reader;
    private long records;
    private long skipped;
    private boolean done;

    WarcArticleReader(Path file, ReaderContext context) {
        this.file = file;
        this.input = new InputFile(file);
        this.context = context;
    }

    @Override
    public Optional<ReadItem> next() {
        if (done) {
            return Optional.empty();
        }
        try {
            if (reader == null) {
                // a stream, not a file channel: jwarc skips a seekable channel's bodies without reading
                // them, and would not see that the last one is cut short
                reader = new WarcReader(input.open());
            }
            while (true) {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    return end(Optional.empty());
                }
                records++;
                long offset = reader.position();
                Optional<ReadItem> item;
                try {
                    item = read(record.get(), offset);
                } catch (RuntimeException e) {
                    // a header jwarc cannot take (a WARC-Date that is not one, a field given twice)
                    // spoils this record only: the next one starts where its length says
                    item = problem(file + ":" + offset, ProblemKind.CORRUPT, "the record cannot be read (" + e + ")");
                }
                // read to its end before it is yielded: a record cut short is the file's last problem
                record.get().body().consume();
                if (item.isPresent()) {
                    return item;
                }
                skipped++;
            }
        } catch (NoSuchFileException e) {
            return end(problem(file.toString(), ProblemKind.MISSING, "no such file"));
        } catch (EOFException e) {
            return end(problem(file.toString(), ProblemKind.TRUNCATED,
                    "truncated: the record at byte offset " + position() + " is cut short"));
        } catch (ParsingException e) {
            return end(problem(file.toString(), ProblemKind.CORRUPT, (records == 0 ? "not a WARC file: " : "")
                    + "the record at byte offset " + position() + " does not parse (" + e.getMessage() + ")"));
        } catch (IOException | RuntimeException e) {
            // a gzip member that does not inflate, a header jwarc cannot take: reading cannot go on
            return end(problem(file.toString(), ProblemKind.CORRUPT,
                    "unreadable at byte offset " + position() + " (" + e + ")"));
        }
    }

    /** The article or problem of one record, or empty for a record that is not an HTML response. */
    private Optional<ReadItem> read(WarcRecord record, long offset) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return Optional.empty();
        }
        String recordType = response.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!recordType.startsWith("application/http")) {
            return Optional.empty();
        }
        String source = file + ":" + offset;
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException | IllegalArgumentException | IllegalStateException e) {
            return problem(source, ProblemKind.CORRUPT, "the HTTP response in the record does not parse (" + e.getMessage() + ")");
        }
        Optional<String> contentType = http.headers().first("Content-Type");
        String media = contentType.map(Documents::mediaType).orElse("");
        if (http.status() < 200 || http.status() > 299
                || !(media.equals("text/html") || media.equals("application/xhtml+xml"))) {
            return Optional.empty();
        }
        byte[] body;
        // jwarc has undone the chunking; the content coding is undone as the fetcher undoes it
        // (jwarc's own reads deflate only raw, and servers send it zlib-wrapped as well)
        String encoding = http.headers().all("Content-Encoding").stream().collect(Collectors.joining(","));
        try (InputStream in = ContentEncoding.decode(Channels.newInputStream(http.body()), encoding)) {
            body = context.options().recordLimit().readAll(in);
        } catch (TooLargeException e) {
            return problem(source, ProblemKind.TOO_LARGE, "the decoded body is " + e.getMessage());
        } catch (EOFException e) {
            // the record may be cut short (then consuming it says so) or its gzip body alone is
            record.body().consume();
            return problem(source, ProblemKind.CORRUPT, "the body's content encoding does not decode: it ends early");
        } catch (IOException e) {
            return problem(source, ProblemKind.CORRUPT, "the body does not decode (" + e.getMessage() + ")");
        }
        return Optional.of(context.pages().read(body, contentType, source, Optional.ofNullable(response.target()),
                Optional.of(response.date())));
    }

    private long position() {
        return reader == null ? 0 : reader.position();
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public long totalBytes() {
        return input.size();
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public void close() {
        done = true;
        input.close(reader);
    }

    private Optional<ReadItem> end(Optional<ReadItem> last) {
        close();
        return last;
    }

    private static Optional<ReadItem> problem(String source, ProblemKind kind, String reason) {
        return Optional.of(new ReadItem.Problem(source, kind, reason));
    }
}
