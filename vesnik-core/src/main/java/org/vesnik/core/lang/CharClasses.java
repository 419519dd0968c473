package org.vesnik.core.lang;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * Bit classes of every UTF-16 code unit, in one table, so hot loops classify a character with
 * one load. Classes come from ICU, so that they follow the same Unicode version as the
 * normalizer (Java 17's tables are older: a mark ICU composes may be unassigned in Java).
 */
public final class CharClasses {

    public static final int LATIN_LETTER = 1;
    public static final int CYRILLIC_LETTER = 1 << 1;
    /** Digits, letters of other scripts, combining marks: the rest of what words are made of. */
    public static final int OTHER_WORD = 1 << 2;
    public static final int INVISIBLE = 1 << 3;
    /** No-break, thin and other Unicode spaces, and the Unicode line and paragraph separators. */
    public static final int ODD_SPACE = 1 << 4;
    /** Characters that may change under NFC (combining marks, compatibility singletons). */
    public static final int MAY_CHANGE_UNDER_NFC = 1 << 5;
    public static final int AMPERSAND = 1 << 6;
    public static final int LINE_BREAK = 1 << 7;
    public static final int TERMINAL = 1 << 8;
    public static final int WHITESPACE = 1 << 9;
    /** Combining marks, which belong to the character before them. */
    public static final int COMBINING_MARK = 1 << 10;
    /** Characters after which a run of letters may go on as one token: . - ' ’ ʼ ‐ ‑ @ _ */
    public static final int WORD_JOINER = 1 << 11;

    public static final int WORD = LATIN_LETTER | CYRILLIC_LETTER | OTHER_WORD;

    private static final short[] TABLE = build();
    /** 1 for the characters of {@link #WORD}, else 0: a number to shift into a bit mask, no branch. */
    private static final byte[] WORD_BITS = wordBits(TABLE);

    private CharClasses() {
    }

    public static int of(char c) {
        return TABLE[c];
    }

    public static boolean isWord(char c) {
        return (TABLE[c] & WORD) != 0;
    }

    /** 1 when {@code c} is a word character, else 0. */
    public static int wordBit(char c) {
        return WORD_BITS[c];
    }

    private static byte[] wordBits(short[] table) {
        byte[] bits = new byte[table.length];
        for (int c = 0; c < table.length; c++) {
            bits[c] = (byte) ((table[c] & WORD) != 0 ? 1 : 0);
        }
        return bits;
    }

    private static short[] build() {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        short[] table = new short[0x10000];
        for (int c = 0; c < table.length; c++) {
            int bits = 0;
            char ch = (char) c;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)) {
                bits |= LATIN_LETTER;
            } else if (c >= 0x0400 && c <= 0x04FF && (c < 0x0482 || c > 0x0489)) {
                bits |= CYRILLIC_LETTER;
            } else if (UCharacter.isLetterOrDigit(c) || isMark(c)) {
                bits |= OTHER_WORD;
            }
            if (isInvisible(ch)) {
                bits |= INVISIBLE;
            }
            if (plainSpace(ch) != null) {
                bits |= ODD_SPACE;
            }
            // not NFC on its own, or may compose with what precedes it; supplementary characters
            // are looked at by the normalizer itself
            if (Character.isSurrogate(ch) || !nfc.hasBoundaryBefore(c) || !nfc.isNormalized(String.valueOf(ch))) {
                bits |= MAY_CHANGE_UNDER_NFC;
            }
            if (c == '&') {
                bits |= AMPERSAND;
            }
            if (Punctuation.isLineBreak(ch)) {
                bits |= LINE_BREAK;
            }
            if (Punctuation.isTerminal(ch)) {
                bits |= TERMINAL;
            }
            if (UCharacter.isWhitespace(c) || UCharacter.isSpaceChar(c) || Character.isWhitespace(ch)) {
                bits |= WHITESPACE;
            }
            if (isMark(c)) {
                bits |= COMBINING_MARK;
            }
            if (".-'’ʼ\u2010\u2011@_".indexOf(ch) >= 0) {
                bits |= WORD_JOINER;
            }
            table[c] = (short) bits;
        }
        return table;
    }

    /**
     * What an {@link #ODD_SPACE} stands for: a plain space for the no-break, thin, figure,
     * ideographic … spaces, line feeds for the other line and paragraph separators (vertical tab,
     * form feed, NEL, U+2028, U+2029); null for every other character.
     */
    public static String plainSpace(char c) {
        switch (c) {
            case 0x000B:
            case 0x000C:
            case 0x0085:
            case 0x2028:
                return "\n";
            case 0x2029:
                return "\n\n";
            case 0x00A0:
            case 0x1680:
            case 0x202F:
            case 0x205F:
            case 0x3000:
                return " ";
            default:
                return c >= 0x2000 && c <= 0x200A ? " " : null;
        }
    }

    /**
     * Characters invisible in print that only get in the way of matching words: soft hyphens,
     * zero-width spaces, word joiners, byte-order marks, direction marks and stray control
     * characters. Zero-width (non-)joiners are not among them: emoji and some scripts need them.
     */
    private static boolean isInvisible(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B;
        }
        return c == 0x7F
                || (c >= 0x80 && c <= 0x9F && c != 0x85)   // C1 controls; NEL is a line break
                || c == 0x00AD                              // soft hyphen
                || c == 0x200B                              // zero-width space
                || c == 0x200E || c == 0x200F               // left-to-right / right-to-left marks
                || (c >= 0x202A && c <= 0x202E)             // bidi embeddings and overrides
                || c == 0x2060                              // word joiner
                || c == 0xFEFF;                             // byte-order mark inside the text
    }

    private static boolean isMark(int c) {
        int type = UCharacter.getType(c);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.COMBINING_SPACING_MARK
                || type == UCharacterCategory.ENCLOSING_MARK;
    }
}
