package org.vesnik.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vesnik.core.article.Article;
import org.vesnik.core.decode.BadInputException;
import org.vesnik.core.pipeline.BoundedInput;
import org.vesnik.core.pipeline.MissingInputException;
import org.vesnik.ingest.ProblemKind;
import org.vesnik.ingest.ReadItem;
import org.vesnik.ingest.SourceReaders;
import org.vesnik.ingest.html.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vesnik extract}: the article text and metadata of saved web pages. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Extracts the article of web pages, saved or fetched: its text, without",
            "navigation, share buttons, related news, comments and captions, and its",
            "title, author, dates, outlet, language, lead and canonical URL. One JSON line",
            "(json) or readable block (text) a page; a page without an article is",
            "reported on stderr, the others are still printed, and the exit code is",
            "65 (66 for a missing file). A URL is fetched as a polite crawler does",
            "(robots.txt, the User-Agent); one that cannot be had (a refused scheme,",
            "an HTTP error, a time-out, a redirect loop, no such host) is bad data, 65."})
final class ExtractCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @ParentCommand
    private VesnikCommand parent;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Saved HTML pages, or http(s) URLs of pages; '-' or none reads standard input.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--max-bytes", defaultValue = "" + ArticleExtractor.DEFAULT_MAX_BYTES,
            description = "Refuse pages larger than this many bytes (default: ${DEFAULT-VALUE}).")
    private long maxBytes;

    @Option(names = "--fetched", paramLabel = "INSTANT",
            description = "When the pages were fetched (2026-01-03T10:15:00Z), to resolve 'пред 2 часа';"
                    + " default: a file's modification time, the present moment for standard input;"
                    + " a URL's page was fetched when it was.")
    private Instant fetched;

    @Option(names = "--url", paramLabel = "URL",
            description = "The URL a saved page was fetched from (one page only): resolves relative links;"
                    + " a URL's page is from where its redirects led.")
    private String url;

    /** The output formats of {@code vesnik extract}. */
    enum Format {
        json, text
    }

    /** A page as an input gives it: its bytes, and what the transport said about them. */
    record Page(byte[] bytes, Optional<String> contentType, Optional<String> url, Optional<Instant> fetched) {
    }

    /** Gets a page for an input the user named: a file, standard input, or a URL. */
    interface PageSource {
        Page load(String input);
    }

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        List<String> names = inputs.isEmpty() ? List.of("-") : inputs;
        if (url != null && names.size() > 1) {
            terminal.error("--url names the URL of one page, but " + names.size() + " pages were given");
            return ExitCodes.USAGE;
        }
        ArticleExtractor extractor = new ArticleExtractor(maxBytes, ArticleExtractor.DEFAULT_ZONE);
        PageSource files = input -> fromFileOrStdin(input, terminal);
        PageSource urls = new UrlPages(parent.fetching(), maxBytes);
        int exitCode = ExitCodes.OK;
        for (String input : names) {
            String source = "-".equals(input) ? "<stdin>" : input;
            try {
                Page page = SourceReaders.isUrl(input) ? urls.load(input) : files.load(input);
                ReadItem item = extractor.read(page.bytes(), page.contentType().orElse(null), source,
                        page.url().orElse(null), page.fetched().orElse(null));
                if (item instanceof ReadItem.Found found) {
                    write(found.article(), terminal.out());
                } else if (item instanceof ReadItem.Problem problem) {
                    terminal.error(problem.line());
                    exitCode = ExitCodes.firstFailure(exitCode, problem.kind() == ProblemKind.MISSING ? ExitCodes.NO_INPUT : ExitCodes.BAD_DATA);
                }
            } catch (BadInputException e) {
                terminal.error(e.getMessage());
                exitCode = ExitCodes.firstFailure(exitCode, ExitCodes.BAD_DATA);
            } catch (MissingInputException e) {
                terminal.error(e.getMessage());
                exitCode = ExitCodes.firstFailure(exitCode, ExitCodes.NO_INPUT);
            }
        }
        terminal.out().flush();
        return exitCode;
    }

    private Page fromFileOrStdin(String input, Terminal terminal) {
        if ("-".equals(input)) {
            byte[] bytes = BoundedInput.read(terminal.in(), "<stdin>", maxBytes);
            return new Page(bytes, Optional.empty(), Optional.ofNullable(url), Optional.of(fetched == null ? Instant.now() : fetched));
        }
        Path path = Path.of(input);
        byte[] bytes = BoundedInput.read(path, maxBytes);
        return new Page(bytes, Optional.empty(), Optional.ofNullable(url), Optional.ofNullable(fetched).or(() -> modified(path)));
    }

    /** A saved page's modification time, the best guess of when it was fetched. */
    private static Optional<Instant> modified(Path path) {
        try {
            return Optional.of(Files.getLastModifiedTime(path).toInstant());
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private void write(Article article, Writer out) throws IOException {
        if (format == Format.text) {
            writeText(article, out);
        } else {
            writeJson(article, out);
        }
    }

    /** The fields of an article as both formats print them, in their order: name, then value when present. */
    private static List<Map.Entry<String, Optional<String>>> fields(Article a) {
        return List.of(
                Map.entry("url", a.url()),
                Map.entry("title", a.title()),
                Map.entry("author", a.author()),
                Map.entry("published", a.published().map(ExtractCommand::iso)),
                Map.entry("modified", a.modified().map(ExtractCommand::iso)),
                Map.entry("outlet", a.outlet()),
                Map.entry("language", a.language()),
                Map.entry("lead", a.lead()));
    }

    private static void writeJson(Article a, Writer out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("source", a.source());
        for (Map.Entry<String, Optional<String>> field : fields(a)) {
            if (field.getValue().isPresent()) {
                g.writeStringField(field.getKey(), field.getValue().get());
            } else {
                g.writeNullField(field.getKey());
            }
        }
        g.writeStringField("text", a.text());
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    /** A readable block: the source, a line for each value the page gave, then the text. */
    private static void writeText(Article a, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(a.source()).append('\n');
        for (Map.Entry<String, Optional<String>> field : fields(a)) {
            field.getValue().ifPresent(v -> sb.append(String.format(Locale.ROOT, "%-10s %s\n", field.getKey() + ":", v.replace('\n', ' '))));
        }
        sb.append('\n').append(a.text()).append("\n\n");
        out.write(sb.toString());
    }

    private static String iso(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
