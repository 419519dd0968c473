package org.vesnik.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.vesnik.core.decode.BadInputException;
import org.vesnik.ingest.fetch.FetchResult;
import org.vesnik.ingest.fetch.HttpFetcher;

/**
 * The pages of URLs {@code vesnik extract} is given, fetched with vesnik-ingest's
 * {@link HttpFetcher} (robots.txt, the User-Agent, the politeness delay, retries, the size
 * limit). A URL whose page cannot be had is bad data, whatever the reason: the fetcher's one
 * line (a refused scheme, an HTTP status, a time-out, a redirect loop with its chain, a host
 * that does not resolve) as a {@link BadInputException}.
 */
final class UrlPages implements ExtractCommand.PageSource {

    private final Fetching fetching;
    private final long maxBytes;
    /** Made at the first URL: building an HTTP client costs a saved page's extraction many times over. */
    private HttpFetcher fetcher;

    UrlPages(Fetching fetching, long maxBytes) {
        this.fetching = fetching;
        this.maxBytes = maxBytes;
    }

    @Override
    public ExtractCommand.Page load(String input) {
        URI url;
        try {
            url = new URI(input.strip());
        } catch (URISyntaxException e) {
            throw new BadInputException(input, "not a URL: " + e.getReason());
        }
        if (fetcher == null) {
            fetcher = fetching.fetcher(maxBytes);
        }
        FetchResult result = fetcher.fetch(url);
        if (result instanceof FetchResult.Page page) {
            return new ExtractCommand.Page(page.body(), page.contentType(), Optional.of(page.finalUrl().toString()),
                    Optional.of(page.fetched()));
        }
        if (result instanceof FetchResult.Failed failed) {
            throw new BadInputException(input, failed.reason());
        }
        // nothing was kept from an earlier fetch, so no request was conditional
        throw new BadInputException(input, "HTTP 304 (not modified) to a request that was not conditional");
    }
}
