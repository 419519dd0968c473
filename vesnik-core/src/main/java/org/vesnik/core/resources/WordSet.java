package org.vesnik.core.resources;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** An immutable set of lower-case words read from a one-word-a-line resource file. */
public final class WordSet {

    private final Set<String> words;

    private WordSet(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** Loads {@code fileName} beside {@code anchor}; duplicates and upper case are data errors. */
    public static WordSet load(Class<?> anchor, String fileName) {
        ResourceFile file = ResourceFile.load(anchor, fileName);
        Set<String> words = new HashSet<>();
        for (ResourceFile.Row row : file.rows()) {
            String word = row.first();
            if (row.columns().size() != 1 || word.isEmpty()) {
                throw file.error(row, "expected one word");
            }
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw file.error(row, "words must be lower case: " + word);
            }
            if (!words.add(word)) {
                throw file.error(row, "duplicate word " + word);
            }
        }
        return new WordSet(words);
    }

    /** The set of {@code words}, which must be lower case: for lists read from a file with other columns. */
    public static WordSet of(Collection<String> words) {
        for (String word : words) {
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("words must be lower case: " + word);
            }
        }
        return new WordSet(Set.copyOf(words));
    }

    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean contains(CharSequence text, int start, int end) {
        return contains(text.subSequence(start, end).toString());
    }

    /** Whether some ending of {@code word}, or the whole of it, is in the set (a list of endings). */
    public boolean containsEndingOf(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (contains(word, k, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The words, for building something else from them (a pattern). */
    public Set<String> words() {
        return words;
    }

    public int size() {
        return words.size();
    }
}
