package org.vesnik.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The robots.txt rules of each host, fetched once and kept for a day (crawler-commons reads
 * them, RFC 9309: a missing robots.txt allows all, a server error forbids all for now).
 */
final class RobotsRules {

    private static final Duration KEEP = Duration.ofDays(1);
    /** A Crawl-delay above this is not waited for; the host's requests are spaced by this. */
    private static final long MAX_CRAWL_DELAY_MS = 30_000;

    private record Entry(BaseRobotRules rules, Instant fetched) {
    }

    private final String robotsName;
    private final Function<URI, FetchResult> fetchRobots;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY_MS, 5);
    private final Map<String, Entry> byHost = new HashMap<>();

    RobotsRules(String robotsName, Function<URI, FetchResult> fetchRobots, Clock clock) {
        this.robotsName = robotsName;
        this.fetchRobots = fetchRobots;
        this.clock = clock;
    }

    /** The rules that apply to the URL's host (scheme, host and port: RFC 9309, 2.3). */
    synchronized BaseRobotRules forUrl(URI url) {
        String origin = origin(url);
        Entry known = byHost.get(origin);
        if (known != null && known.fetched().plus(KEEP).isAfter(clock.instant())) {
            return known.rules();
        }
        URI robots = URI.create(origin + "/robots.txt");
        FetchResult result = fetchRobots.apply(robots);
        BaseRobotRules rules;
        if (result instanceof FetchResult.Page page) {
            rules = parser.parseContent(robots.toString(), page.body(), page.contentType().orElse("text/plain"),
                    List.of(robotsName));
        } else if (result instanceof FetchResult.Failed failed && failed.status() >= 300) {
            rules = parser.failedFetch(failed.status());
        } else {
            // no answer at all: the page's own fetch will report why; do not keep a guess
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        }
        byHost.put(origin, new Entry(rules, clock.instant()));
        return rules;
    }

    /** The host's Crawl-delay, bounded, or zero. */
    static Duration crawlDelay(BaseRobotRules rules) {
        long ms = rules.getCrawlDelay();
        return ms <= 0 ? Duration.ZERO : Duration.ofMillis(Math.min(ms, MAX_CRAWL_DELAY_MS));
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + url.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
