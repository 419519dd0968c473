package org.vesnik.ingest;

/** Why a record gave no article; summaries count problems by kind. */
public enum ProblemKind {
    /** The path or URL does not exist or cannot be read. */
    MISSING,
    /** Not a kind of input vesnik reads (an image, a README in a folder of articles). */
    UNSUPPORTED,
    /** Bytes that are not text in any encoding vesnik knows. */
    NOT_TEXT,
    /** A JSONL line that is not a JSON object. */
    NOT_JSON,
    /** A record field whose value cannot be read (a date that is not ISO 8601). */
    BAD_FIELD,
    /** A record with no text or HTML to read. */
    NO_TEXT,
    /** Bytes that are not an HTML page, a feed or a sitemap (an image, a PDF, binary data). */
    NOT_HTML,
    /** A page or record with no article body (a section front, a login page). */
    NO_ARTICLE,
    /** A feed or sitemap that is not well-formed XML of a known kind. */
    NOT_FEED,
    /** An input cut short (a truncated WARC or gzip member). */
    TRUNCATED,
    /**
     * An input whose structure is broken (a WARC record header or a gzip member that does not
     * parse); when reading cannot go on past it, it is the input's last item.
     */
    CORRUPT,
    /** Larger than the limit. */
    TOO_LARGE,
    /** An HTTP status other than success, a redirect loop, or a refused URL. */
    HTTP,
    /** No answer in time. */
    TIMEOUT,
    /** Not fetched because robots.txt forbids it. */
    ROBOTS
}
