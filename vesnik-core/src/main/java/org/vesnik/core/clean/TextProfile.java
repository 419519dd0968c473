package org.vesnik.core.clean;

import java.util.Arrays;
import org.vesnik.core.lang.CharClasses;

/**
 * What one pass over a text found for the cleanup steps: the character classes that occur in
 * it, and the positions of the few characters any step starts from (stops and other terminal
 * marks, line breaks, Latin letters, ampersands, invisible characters, odd spaces, characters
 * NFC may change). Each step then visits only those positions instead of scanning the text.
 */
public final class TextProfile {

    /** The classes whose characters a cleanup step may start from. */
    static final int MARKED = CharClasses.TERMINAL | CharClasses.LINE_BREAK | CharClasses.LATIN_LETTER
            | CharClasses.AMPERSAND | CharClasses.INVISIBLE | CharClasses.ODD_SPACE
            | CharClasses.MAY_CHANGE_UNDER_NFC;

    private final int classes;
    private final int[] positions;
    private final int count;

    private TextProfile(int classes, int[] positions, int count) {
        this.classes = classes;
        this.positions = positions;
        this.count = count;
    }

    public static TextProfile of(String text) {
        int classes = 0;
        int[] positions = new int[Math.max(16, text.length() / 64)];
        int count = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int c = CharClasses.of(text.charAt(i));
            classes |= c;
            if ((c & MARKED) != 0) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                }
                positions[count++] = i;
            }
        }
        return new TextProfile(classes, positions, count);
    }

    /** Whether any character of the text has one of {@code classes}. */
    public boolean has(int classes) {
        return (this.classes & classes) != 0;
    }

    /** The classes of all characters, ORed. */
    public int classes() {
        return classes;
    }

    /** How many marked positions there are. */
    public int count() {
        return count;
    }

    /** The {@code k}-th marked position, ascending. */
    public int position(int k) {
        return positions[k];
    }
}
