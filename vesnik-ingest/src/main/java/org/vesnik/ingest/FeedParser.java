package org.vesnik.ingest;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import org.xml.sax.InputSource;

/**
 * Parses RSS (0.9x, 1.0, 2.0) and Atom with Rome, refusing any DOCTYPE: so no entity is ever
 * expanded (billion laughs) and no DTD or external entity is read (XXE).
 */
final class FeedParser {

    private FeedParser() {
    }

    static SyndFeed parse(byte[] bytes, String source) throws ReadFailure {
        SyndFeedInput input = new SyndFeedInput();
        // Rome's default since 1.5.1; said here so that no upgrade can turn it back on unseen
        input.setAllowDoctypes(false);
        try {
            return input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | RuntimeException e) {
            // Rome's parsers of the many RSS dialects throw what they meet on odd input
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new ReadFailure(source, ProblemKind.NOT_FEED,
                        "not read: the feed has a DOCTYPE, and DTDs and entities are never read in feeds");
            }
            throw new ReadFailure(source, ProblemKind.NOT_FEED, "not an RSS or Atom feed: " + message);
        }
    }
}
