package org.vesnik.ingest;

import java.util.Objects;
import org.vesnik.ingest.fetch.FetchOptions;
import org.vesnik.ingest.io.ByteLimit;

/**
 * How readers treat their input: the most bytes one record may take once decoded (a file, a
 * JSONL line, a WARC record's body, a fetched page), whether a feed's or sitemap's linked pages
 * are fetched, and how the fetcher behaves.
 *
 * @param recordLimit      bound on one record's bytes; larger records are TOO_LARGE problems
 * @param fetchLinkedPages fetch and extract the page each feed item or sitemap entry links to;
 *                         when false a feed item is read from the feed's own text
 * @param fetch            the fetcher's politeness, limits and identity
 */
public record ReadOptions(ByteLimit recordLimit, boolean fetchLinkedPages, FetchOptions fetch) {

    /** The default bound on one record: as much as the annotation pipeline accepts. */
    public static final long DEFAULT_RECORD_BYTES = 16L * 1024 * 1024;

    public ReadOptions {
        Objects.requireNonNull(recordLimit, "recordLimit");
        Objects.requireNonNull(fetch, "fetch");
    }

    public static ReadOptions defaults() {
        return new ReadOptions(new ByteLimit(DEFAULT_RECORD_BYTES), true, FetchOptions.defaults());
    }

    public ReadOptions withRecordLimit(long bytes) {
        return new ReadOptions(new ByteLimit(bytes), fetchLinkedPages, fetch);
    }

    public ReadOptions withFetchLinkedPages(boolean fetchPages) {
        return new ReadOptions(recordLimit, fetchPages, fetch);
    }

    public ReadOptions withFetch(FetchOptions fetchOptions) {
        return new ReadOptions(recordLimit, fetchLinkedPages, fetchOptions);
    }
}
