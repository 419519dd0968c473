package org.vesnik.ingest.fetch;

import java.net.URI;

/** Gets the bytes behind a URL, politely; never throws for what the network or server does. */
public interface Fetcher {

    /** The page, a 304 when the URL's validators still hold, or why neither could be had. */
    FetchResult fetch(URI url);
}
