package org.vesnik.core.clean;

import java.util.List;
import org.vesnik.core.text.Edit;

/**
 * Deletes characters that are invisible in print and only get in the way of matching words:
 * soft hyphens, zero-width spaces, word joiners, byte-order marks, direction marks and stray
 * control characters. Zero-width (non-)joiners stay: emoji and some scripts need them.
 */
public final class InvisibleCharacterRemover implements CleanupStep {

    @Override
    public RepairKind kind() {
        return RepairKind.INVISIBLE_CHARACTER;
    }

    @Override
    public void findEdits(String text, List<Edit> edits) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isInvisible(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isInvisible(text.charAt(i))) {
                i++;
            }
            edits.add(new Edit(start, i, ""));
        }
    }

    /** Whether cleanup deletes {@code c}; also the characters an offset may skip over. */
    public static boolean isInvisible(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B;
        }
        if (c < 0x7F) {
            return false;
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
}
