package org.vesnik.ingest;

import java.util.Optional;

/**
 * Decides whether a plain-text article's first line is its title: a headline is short, is
 * followed by more text, and has no final full stop (a sentence does); a next line that goes on
 * in lower case means the first was a sentence broken across lines, not a title.
 */
final class Headline {

    static final int MAX_CHARS = 160;
    static final int MAX_WORDS = 24;

    /** A text split into its title and the body after it. */
    record Split(Optional<String> title, String body) {
    }

    private Headline() {
    }

    static Split split(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            return new Split(Optional.empty(), text);
        }
        String line = text.substring(start, end).strip();
        int next = end + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next == text.length() || !looksLikeHeadline(line, text.codePointAt(next))) {
            return new Split(Optional.empty(), text);
        }
        return new Split(Optional.of(line), text.substring(next));
    }

    private static boolean looksLikeHeadline(String line, int nextLineStart) {
        if (line.isEmpty() || line.length() > MAX_CHARS || line.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-') {
            return false;
        }
        return !Character.isLowerCase(nextLineStart);
    }
}
