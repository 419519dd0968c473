package org.vesnik.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.vesnik.core.article.Article;

/**
 * Reads JSON Lines of articles, one object a line: {@code url}, {@code title}, {@code date} (an
 * ISO date or date-time), {@code source} (the outlet), {@code text} or {@code html} (which goes
 * through the page extractor), {@code lang}, {@code author}. Gzipped when the name ends in
 * {@code .gz}. A bad line is a problem naming the file and line ({@code feed.jsonl:12: not JSON
 * (…)}), and the lines after it are still read. Each line is parsed alone with Jackson's
 * streaming parser and is bounded by the record limit.
 */
final class JsonlReader implements ArticleReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> FIELDS = Set.of("url", "title", "date", "source", "text", "html", "lang", "author");
    private static final int MAX_REASON = 160;

    private final Path file;
    private final InputFile input;
    private final ReaderContext context;
    private InputStream in;
    private LineSplitter lines;
    private long lastLine;
    private boolean done;

    JsonlReader(Path file, ReaderContext context) {
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
            if (lines == null) {
                InputStream raw = input.open();
                in = InputKind.gzipped(file) ? new GZIPInputStream(raw, 64 * 1024) : raw;
                lines = new LineSplitter(in, context.options().recordLimit().max());
            }
            while (true) {
                Optional<LineSplitter.Line> line = lines.next();
                if (line.isEmpty()) {
                    return end(Optional.empty());
                }
                lastLine = line.get().number();
                Optional<ReadItem> item = read(line.get());
                if (item.isPresent()) {
                    return item;
                }
            }
        } catch (NoSuchFileException e) {
            return end(problem(file.toString(), ProblemKind.MISSING, "no such file"));
        } catch (EOFException e) {
            return end(problem(file.toString(), ProblemKind.TRUNCATED,
                    "the gzip stream ends early, after line " + lastLine));
        } catch (ZipException e) {
            return end(problem(file.toString(), ProblemKind.CORRUPT,
                    "gzip data does not decode after line " + lastLine + ": " + e.getMessage()));
        } catch (IOException e) {
            return end(problem(file.toString(), ProblemKind.MISSING, "cannot read: " + e.getMessage()));
        }
    }

    private Optional<ReadItem> read(LineSplitter.Line line) {
        String source = file + ":" + line.number();
        if (line.tooLong()) {
            return problem(source, ProblemKind.TOO_LARGE,
                    "line longer than the limit of " + context.options().recordLimit().describe());
        }
        if (isBlank(line)) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(line.bytes(), 0, line.length())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return problem(source, ProblemKind.NOT_JSON, "not JSON (a line must be one JSON object)");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!FIELDS.contains(name)) {
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_STRING) {
                    fields.put(name, parser.getText());
                } else if (value != JsonToken.VALUE_NULL) {
                    return problem(source, ProblemKind.BAD_FIELD, "\"" + name + "\" is not a string");
                }
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return problem(source, ProblemKind.NOT_JSON, "not JSON (more than one value on the line)");
            }
        } catch (JsonProcessingException e) {
            return problem(source, ProblemKind.NOT_JSON, "not JSON (" + shorten(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            return problem(source, ProblemKind.NOT_JSON, "not JSON (" + shorten(e.getMessage()) + ")");
        }
        return Optional.of(article(source, fields));
    }

    private ReadItem article(String source, Map<String, String> fields) {
        Optional<String> text = nonBlank(fields.get("text"));
        Optional<String> html = nonBlank(fields.get("html"));
        Optional<String> url = nonBlank(fields.get("url"));
        Optional<OffsetDateTime> date;
        try {
            date = nonBlank(fields.get("date")).map(ArticleDates::parseIso);
        } catch (DateTimeParseException e) {
            return new ReadItem.Problem(source, ProblemKind.BAD_FIELD,
                    "\"date\" is not an ISO date or date-time: " + shorten(fields.get("date")));
        }
        Article.Builder builder;
        if (text.isPresent()) {
            builder = Article.builder(source, text.get()).url(url.orElse(null));
        } else if (html.isPresent()) {
            ReadItem page = context.pages().read(html.get().getBytes(StandardCharsets.UTF_8),
                    Optional.of("text/html; charset=utf-8"), source, url, Optional.empty());
            if (page instanceof ReadItem.Problem) {
                return page;
            }
            builder = ((ReadItem.Found) page).article().toBuilder();
        } else {
            return new ReadItem.Problem(source, ProblemKind.NO_TEXT, "no \"text\" or \"html\"");
        }
        // the record's own fields say more surely than what was extracted from its HTML
        date.ifPresent(builder::published);
        nonBlank(fields.get("title")).ifPresent(builder::title);
        nonBlank(fields.get("source")).ifPresent(builder::outlet);
        nonBlank(fields.get("lang")).ifPresent(builder::language);
        nonBlank(fields.get("author")).ifPresent(builder::author);
        url.ifPresent(builder::url);
        return new ReadItem.Found(builder.build());
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
    public void close() {
        done = true;
        input.close(in);
    }

    private Optional<ReadItem> end(Optional<ReadItem> last) {
        close();
        return last;
    }

    private static Optional<ReadItem> problem(String source, ProblemKind kind, String reason) {
        return Optional.of(new ReadItem.Problem(source, kind, reason));
    }

    private static boolean isBlank(LineSplitter.Line line) {
        for (int i = 0; i < line.length(); i++) {
            byte b = line.bytes()[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private static String shorten(String message) {
        // where in the line Jackson was is clear from the line itself; its echo of the input is noise
        String s = String.valueOf(message).replace('\n', ' ').replaceFirst("\\s*\\(start marker at .*$", "");
        return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON) + "…";
    }
}
