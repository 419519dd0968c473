package org.vesnik.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vesnik.ingest.ProblemKind;
import org.vesnik.ingest.ReadItem;

/** What one fetch of a URL gave: a page, word that it has not changed, or why there is neither. */
public sealed interface FetchResult permits FetchResult.Page, FetchResult.NotModified, FetchResult.Failed {

    /** The URL that was asked for. */
    URI url();

    /**
     * A successful response's body, gzip undone.
     *
     * @param url         the URL asked for
     * @param finalUrl    where the redirects led (the URL the body is from)
     * @param status      the HTTP status (2xx)
     * @param contentType the Content-Type header, when sent
     * @param body        the body's bytes
     * @param fetched     when the response came
     */
    record Page(URI url, URI finalUrl, int status, Optional<String> contentType, byte[] body, Instant fetched)
            implements FetchResult {
        public Page {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(finalUrl, "finalUrl");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(fetched, "fetched");
        }
    }

    /** A 304: the page is as it was when its ETag or Last-Modified was kept. */
    record NotModified(URI url, Instant fetched) implements FetchResult {
    }

    /**
     * No page: an HTTP error, a timeout, a refusal (robots.txt, a scheme other than http(s)), a
     * redirect loop, a body over the limit.
     *
     * @param status     the last HTTP status seen, or 0 when there was no response
     * @param redirects  the chain of URLs followed, when redirects were part of the failure
     * @param retryAfter when the server asked to be left alone for a while (Retry-After), or
     *                   when the fetcher gave up retrying, how long to wait before trying again
     */
    record Failed(URI url, ProblemKind kind, int status, String reason, List<URI> redirects,
            Optional<Duration> retryAfter) implements FetchResult {
        public Failed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
            redirects = List.copyOf(redirects);
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        static Failed of(URI url, ProblemKind kind, int status, String reason) {
            return new Failed(url, kind, status, reason, List.of(), Optional.empty());
        }

        /** The failure as a reader's problem, its source the URL. */
        public ReadItem.Problem toProblem() {
            return new ReadItem.Problem(url.toString(), kind, reason);
        }
    }
}
