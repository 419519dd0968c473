package org.vesnik.core.clean;

import static org.vesnik.core.lang.CharClasses.CYRILLIC_LETTER;
import static org.vesnik.core.lang.CharClasses.LATIN_LETTER;
import static org.vesnik.core.lang.CharClasses.WORD;

import java.util.List;
import org.vesnik.core.lang.CharClasses;
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

    /** Latin and Cyrillic letters all lie below this code unit. */
    private static final int TABLE_SIZE = 0x500;

    /** For each letter with a look-alike in the other script, that look-alike; else 0. */
    private final char[] lookAlike = new char[TABLE_SIZE];

    public MixedScriptRepairer() {
        ResourceFile file = ResourceFile.load(MixedScriptRepairer.class, "homoglyphs.tsv");
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2 || row.column(0).length() != 1 || row.column(1).length() != 1) {
                throw file.error(row, "expected one Latin letter TAB one Cyrillic letter");
            }
            char latin = row.column(0).charAt(0);
            char cyrillic = row.column(1).charAt(0);
            if ((CharClasses.of(latin) & LATIN_LETTER) == 0 || (CharClasses.of(cyrillic) & CYRILLIC_LETTER) == 0) {
                throw file.error(row, "first column must be a Latin letter, second a Cyrillic one");
            }
            if (lookAlike[latin] != 0 || lookAlike[cyrillic] != 0) {
                throw file.error(row, "letter listed twice");
            }
            lookAlike[latin] = cyrillic;
            lookAlike[cyrillic] = latin;
        }
    }

    @Override
    public RepairKind kind() {
        return RepairKind.MIXED_SCRIPT;
    }

    @Override
    public boolean mayApply(TextProfile profile) {
        return profile.has(LATIN_LETTER) && profile.has(CYRILLIC_LETTER);
    }

    @Override
    public void findEdits(String text, TextProfile profile, List<Edit> edits) {
        int length = text.length();
        int i = 0; // where the last word looked at ended
        for (int k = 0; k < profile.count(); k++) {
            // every word this step changes holds a Latin letter, and in Macedonian text those are few
            int latin = profile.position(k);
            if (latin < i || (CharClasses.of(text.charAt(latin)) & LATIN_LETTER) == 0) {
                continue;
            }
            int start = latin;
            while (start > 0 && CharClasses.isWord(text.charAt(start - 1))) {
                start--;
            }
            int end = start;
            int scripts = 0;
            int bits;
            while (end < length && ((bits = CharClasses.of(text.charAt(end))) & WORD) != 0) {
                scripts |= bits;
                end++;
            }
            if ((scripts & CYRILLIC_LETTER) != 0) {
                repairMixedWord(text, start, end, edits);
            } else if (end - start == 1 && lookAlike[text.charAt(start)] != 0
                    && neighbourScripts(text, start, -1) == CYRILLIC_LETTER
                    && neighbourScripts(text, end, +1) == CYRILLIC_LETTER) {
                edits.add(new Edit(start, end, String.valueOf(lookAlike[text.charAt(start)])));
            }
            i = end;
        }
    }

    /** Brings a word of both scripts to its majority script when every minority letter has a look-alike. */
    private void repairMixedWord(String text, int start, int end, List<Edit> edits) {
        int latin = 0;
        int cyrillic = 0;
        int latinWithLookAlike = 0;
        int cyrillicWithLookAlike = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            int bits = CharClasses.of(c);
            if ((bits & LATIN_LETTER) != 0) {
                latin++;
                latinWithLookAlike += c < TABLE_SIZE && lookAlike[c] != 0 ? 1 : 0;
            } else if ((bits & CYRILLIC_LETTER) != 0) {
                cyrillic++;
                cyrillicWithLookAlike += lookAlike[c] != 0 ? 1 : 0;
            }
        }
        int from;
        if (latinWithLookAlike == latin && cyrillic > latin) {
            from = LATIN_LETTER;
        } else if (cyrillicWithLookAlike == cyrillic && latin > cyrillic) {
            from = CYRILLIC_LETTER;
        } else {
            return;
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if ((CharClasses.of(c) & from) != 0) {
                edits.add(new Edit(k, k + 1, String.valueOf(lookAlike[c])));
            }
        }
    }

    /**
     * The scripts of the word next to {@code from} in {@code direction} (-1 before, +1 after),
     * if only spaces lie between on the same line; 0 when there is none.
     */
    private static int neighbourScripts(String text, int from, int direction) {
        int i = direction < 0 ? from - 1 : from;
        int skipped = 0;
        while (i >= 0 && i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i += direction;
            skipped++;
        }
        if (skipped == 0) {
            return 0;
        }
        int scripts = 0;
        int bits;
        while (i >= 0 && i < text.length() && ((bits = CharClasses.of(text.charAt(i))) & WORD) != 0) {
            scripts |= bits;
            i += direction;
        }
        return scripts & (LATIN_LETTER | CYRILLIC_LETTER);
    }
}
