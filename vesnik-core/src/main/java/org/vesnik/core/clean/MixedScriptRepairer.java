package org.vesnik.core.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vesnik.core.resources.ResourceFile;
import org.vesnik.core.text.Edit;

/**
 * Repairs words with single letters of the other script: a Latin {@code о} inside a Cyrillic
 * word, a Cyrillic {@code К} inside {@code KCNA}. A word is brought to its majority script only
 * when every minority letter has a look-alike there; words that are genuinely Latin
 * ({@code NATO}, {@code iPhone}) or genuinely mixed stay as they are. A lone look-alike letter
 * ({@code e}, {@code a}) between two Cyrillic words becomes Cyrillic too.
 */
public final class MixedScriptRepairer implements CleanupStep {

    private final Map<Character, Character> latinToCyrillic;
    private final Map<Character, Character> cyrillicToLatin;

    public MixedScriptRepairer() {
        ResourceFile file = ResourceFile.load(MixedScriptRepairer.class, "homoglyphs.tsv");
        Map<Character, Character> toCyrillic = new HashMap<>();
        Map<Character, Character> toLatin = new HashMap<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2 || row.column(0).length() != 1 || row.column(1).length() != 1) {
                throw file.error(row, "expected one Latin letter TAB one Cyrillic letter");
            }
            char latin = row.column(0).charAt(0);
            char cyrillic = row.column(1).charAt(0);
            if (script(latin) != LATIN || script(cyrillic) != CYRILLIC) {
                throw file.error(row, "first column must be Latin, second Cyrillic");
            }
            if (toCyrillic.put(latin, cyrillic) != null || toLatin.put(cyrillic, latin) != null) {
                throw file.error(row, "letter listed twice");
            }
        }
        this.latinToCyrillic = Map.copyOf(toCyrillic);
        this.cyrillicToLatin = Map.copyOf(toLatin);
    }

    private static final int OTHER = 0;
    private static final int LATIN = 1;
    private static final int CYRILLIC = 2;

    static int script(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x00C0 && c <= 0x024F && c != 0xD7 && c != 0xF7)) {
            return LATIN;
        }
        if (c >= 0x0400 && c <= 0x04FF) {
            return CYRILLIC;
        }
        return OTHER;
    }

    @Override
    public RepairKind kind() {
        return RepairKind.MIXED_SCRIPT;
    }

    @Override
    public void findEdits(String text, List<Edit> edits) {
        int length = text.length();
        // the previous word, for the lone-letter rule: its script, and where it ended
        int previousScript = OTHER;
        int previousEnd = -1;
        int i = 0;
        while (i < length) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int latin = 0;
            int cyrillic = 0;
            int latinConvertible = 0;
            int cyrillicConvertible = 0;
            while (i < length && isWordChar(text.charAt(i))) {
                char c = text.charAt(i);
                int s = script(c);
                if (s == LATIN) {
                    latin++;
                    if (latinToCyrillic.containsKey(c)) {
                        latinConvertible++;
                    }
                } else if (s == CYRILLIC) {
                    cyrillic++;
                    if (cyrillicToLatin.containsKey(c)) {
                        cyrillicConvertible++;
                    }
                }
                i++;
            }
            int end = i;
            boolean previousAdjacent = previousEnd > 0 && onlySpaces(text, previousEnd, start);
            previousEnd = end;
            if (latin > 0 && cyrillic > 0) {
                if (latinConvertible == latin && cyrillic > latin) {
                    convert(text, start, end, latinToCyrillic, edits);
                    previousScript = CYRILLIC;
                    continue;
                }
                if (cyrillicConvertible == cyrillic && latin > cyrillic) {
                    convert(text, start, end, cyrillicToLatin, edits);
                    previousScript = LATIN;
                    continue;
                }
                previousScript = OTHER;
                continue;
            }
            if (end - start == 1 && latin == 1 && latinConvertible == 1 && previousAdjacent && previousScript == CYRILLIC
                    && nextWordScript(text, end) == CYRILLIC) {
                convert(text, start, end, latinToCyrillic, edits);
                previousScript = CYRILLIC;
                continue;
            }
            previousScript = latin > 0 ? LATIN : cyrillic > 0 ? CYRILLIC : OTHER;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t') {
                return false;
            }
        }
        return from < to;
    }

    /** The script of the next word on the same line, if only spaces lie between. */
    private static int nextWordScript(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == from || i >= text.length() || !isWordChar(text.charAt(i))) {
            return OTHER;
        }
        int latin = 0;
        int cyrillic = 0;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            int s = script(text.charAt(i++));
            latin += s == LATIN ? 1 : 0;
            cyrillic += s == CYRILLIC ? 1 : 0;
        }
        return cyrillic > 0 && latin == 0 ? CYRILLIC : OTHER;
    }

    private static void convert(String text, int start, int end, Map<Character, Character> map, List<Edit> edits) {
        for (int k = start; k < end; k++) {
            Character replacement = map.get(text.charAt(k));
            if (replacement != null) {
                edits.add(new Edit(k, k + 1, String.valueOf(replacement)));
            }
        }
    }
}
