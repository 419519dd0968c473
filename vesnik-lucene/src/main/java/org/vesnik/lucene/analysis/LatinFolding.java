package org.vesnik.lucene.analysis;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.vesnik.core.resources.ResourceFile;

/**
 * The table of {@code latin-folding.tsv}: Latin letter groups and the Cyrillic they are folded
 * to, looked up by the longest group at each position. Immutable.
 */
final class LatinFolding {

    // looked up by a slice of the term buffer, so folding allocates nothing per token
    private final CharArrayMap<char[]> cyrillicByLatin;
    private final int longest;

    private LatinFolding(Map<String, String> table) {
        CharArrayMap<char[]> map = new CharArrayMap<>(table.size(), false);
        table.forEach((latin, cyrillic) -> map.put(latin, cyrillic.toCharArray()));
        this.cyrillicByLatin = CharArrayMap.unmodifiableMap(map);
        this.longest = table.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    private static final class Holder {
        static final LatinFolding INSTANCE = load();
    }

    static LatinFolding instance() {
        return Holder.INSTANCE;
    }

    private static LatinFolding load() {
        ResourceFile file = ResourceFile.load(LatinFolding.class, "latin-folding.tsv");
        Map<String, String> map = new HashMap<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2 || map.put(row.first(), row.column(1)) != null) {
                throw file.error(row, "expected a new Latin group and its Cyrillic");
            }
        }
        return new LatinFolding(map);
    }

    int longest() {
        return longest;
    }

    /** The Cyrillic of {@code latin[start, start + length)}, or null. */
    char[] lookup(char[] latin, int start, int length) {
        return cyrillicByLatin.get(latin, start, length);
    }
}
