package org.vesnik.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The feeds a watcher polls, read from a file with one URL a line; {@code #} starts a comment
 * (a whole line, or after white space at the end of one) and blank lines are ignored.
 */
final class FeedList {

    /** One line that names a feed, or why it does not. */
    record Entry(String where, Optional<URI> url, String problem) {
    }

    private FeedList() {
    }

    static List<Entry> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = withoutComment(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            String lower = line.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                entries.add(new Entry(where, Optional.empty(), "not an http(s) URL: " + line));
                continue;
            }
            try {
                entries.add(new Entry(where, Optional.of(URI.create(line)), ""));
            } catch (IllegalArgumentException e) {
                entries.add(new Entry(where, Optional.empty(), "malformed URL: " + line));
            }
        }
        return entries;
    }

    private static String withoutComment(String line) {
        if (line.stripLeading().startsWith("#")) {
            return "";
        }
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
