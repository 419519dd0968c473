package org.vesnik.ingest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.vesnik.ingest.fetch.FetchResult;
import org.vesnik.ingest.fetch.Fetcher;
import org.vesnik.ingest.fetch.HttpFetcher;
import org.vesnik.ingest.fetch.Sleeper;
import org.vesnik.ingest.fetch.ValidatorStore;
import org.vesnik.ingest.html.ArticleExtractor;

/**
 * Opens the reader for a source a user names: a file (text, JSONL, HTML, WARC, a feed or a
 * sitemap, told apart by its name), a folder (its files, recursively, in name order), or an
 * http(s) URL (a feed, a sitemap or a page, told apart by what the server sends). Opening reads
 * nothing; a source that cannot be read is the reader's one problem, never an exception.
 * Thread-safe; the readers it opens are not.
 */
public final class SourceReaders {

    /** A URL scheme: {@code https://…}, {@code ftp://…}, or a bare {@code file:}, {@code jar:}, {@code data:}. */
    private static final Pattern URL_LIKE = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]+://|(?i:file|jar|data|mailto):).*",
            Pattern.DOTALL);

    private final ReaderContext context;

    public SourceReaders() {
        this(ReadOptions.defaults());
    }

    public SourceReaders(ReadOptions options) {
        this(options, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /**
     * Readers whose fetcher reckons politeness and Retry-After in {@code clock} and waits with
     * {@code sleeper} (a test's, that does not sleep); like the default one, it is made only when a
     * source first needs the network.
     */
    public SourceReaders(ReadOptions options, Clock clock, Sleeper sleeper) {
        this(options, new ArticleExtractor(), new LazyFetcher(options, clock, sleeper));
    }

    /** @param fetcher fetches URLs, linked pages and sitemaps (an {@link HttpFetcher}, or a test's) */
    public SourceReaders(ReadOptions options, ArticleExtractor extractor, Fetcher fetcher) {
        this.context = new ReaderContext(Objects.requireNonNull(options, "options"),
                new PageArticles(Objects.requireNonNull(extractor, "extractor")), Objects.requireNonNull(fetcher, "fetcher"));
    }

    /** A reader of one source. */
    public ArticleReader open(String spec) {
        if (spec == null || spec.isBlank()) {
            return SingleItemReader.of(new ReadItem.Problem(String.valueOf(spec), ProblemKind.MISSING, "no source named"));
        }
        if (isUrl(spec)) {
            return openUrl(spec.strip());
        }
        Path path;
        try {
            path = Path.of(spec);
        } catch (InvalidPathException e) {
            return SingleItemReader.of(new ReadItem.Problem(spec, ProblemKind.MISSING, "not a valid path: " + e.getReason()));
        }
        if (Files.isDirectory(path)) {
            FolderWalk walk = new FolderWalk(path, context);
            return new SequenceReader(walk, walk::skipped);
        }
        if (!Files.exists(path)) {
            return SingleItemReader.of(new ReadItem.Problem(spec, ProblemKind.MISSING, "no such file or folder"));
        }
        return FileReaders.open(path, context);
    }

    /** A reader of the sources one after the other, each opened when the one before is done. */
    public ArticleReader open(List<String> specs) {
        List<String> copy = new ArrayList<>(specs);
        Iterator<String> names = copy.iterator();
        Iterator<ArticleReader> readers = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return names.hasNext();
            }

            @Override
            public ArticleReader next() {
                return open(names.next());
            }
        };
        return new SequenceReader(readers, () -> 0);
    }

    /**
     * Whether {@link #open(String)} reads {@code spec} as a URL: it has a scheme ({@code https://},
     * or one that is refused, {@code ftp://}, {@code file:}) and is not the name of a file.
     */
    public static boolean isUrl(String spec) {
        return spec != null && URL_LIKE.matcher(spec).matches() && !existsAsPath(spec);
    }

    private ArticleReader openUrl(String spec) {
        String scheme = spec.substring(0, spec.indexOf(':')).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return SingleItemReader.of(new ReadItem.Problem(spec, ProblemKind.UNSUPPORTED,
                    "only http and https URLs are read, not " + scheme + ": (give a local file by its path)"));
        }
        URI url;
        try {
            url = URI.create(spec);
        } catch (IllegalArgumentException e) {
            return SingleItemReader.of(new ReadItem.Problem(spec, ProblemKind.HTTP, "malformed URL: " + e.getMessage()));
        }
        return new UrlReader(url, context);
    }

    private static boolean existsAsPath(String spec) {
        try {
            return Files.exists(Path.of(spec));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The default fetcher, made when a source first needs the network, so local reading starts no
     * HTTP client (making one takes about 0.2 s).
     */
    private static final class LazyFetcher implements Fetcher {
        private final ReadOptions options;
        private final Clock clock;
        private final Sleeper sleeper;
        private HttpFetcher fetcher;

        LazyFetcher(ReadOptions options, Clock clock, Sleeper sleeper) {
            this.options = options;
            this.clock = Objects.requireNonNull(clock, "clock");
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        }

        @Override
        public FetchResult fetch(URI url) {
            return fetcher().fetch(url);
        }

        private synchronized HttpFetcher fetcher() {
            if (fetcher == null) {
                fetcher = new HttpFetcher(options.fetch(), new ValidatorStore(), clock, sleeper);
            }
            return fetcher;
        }
    }
}
