package org.vesnik.core.clean;

import com.ibm.icu.text.Normalizer2;
import java.nio.CharBuffer;
import java.util.List;
import org.vesnik.core.lang.CharClasses;
import org.vesnik.core.text.Edit;

/**
 * Brings text to Unicode NFC, so that {@code г} + combining acute and the single letter
 * {@code ѓ} are one spelling. Only the segments that are not already NFC are touched.
 */
public final class UnicodeNormalizer implements CleanupStep {

    private final Normalizer2 nfc = Normalizer2.getNFCInstance();

    /**
     * Where NFC only replaced code points one by one (U+2000 → U+2002, U+0340 → U+0300), one
     * edit each, so that a later step or a token boundary between them finds no edit spanning
     * both; where it composed or reordered, one edit without the unchanged ends, after a first
     * code point it replaced on its own.
     */
    private void addEdits(int start, String segment, String normalized, List<Edit> edits) {
        StringBuilder oneByOne = new StringBuilder(normalized.length());
        segment.codePoints().forEach(cp -> oneByOne.append(nfc.normalize(new String(Character.toChars(cp)))));
        if (!oneByOne.toString().equals(normalized)) {
            // a first code point NFC replaces on its own before marks it reorders (U+2000 and Hebrew
            // points): its own edit, so that a token boundary after it meets an edit's start
            int first = Character.charCount(segment.codePointAt(0));
            String head = nfc.normalize(segment.substring(0, first));
            String tail = nfc.normalize(segment.substring(first));
            if (first < segment.length() && (head + tail).equals(normalized)) {
                if (!head.equals(segment.substring(0, first))) {
                    edits.add(new Edit(start, start + first, head));
                }
                if (!tail.equals(segment.substring(first))) {
                    edits.add(minimal(start + first, segment.substring(first), tail));
                }
                return;
            }
            edits.add(minimal(start, segment, normalized));
            return;
        }
        for (int i = 0; i < segment.length(); ) {
            int cp = segment.codePointAt(i);
            int width = Character.charCount(cp);
            String original = segment.substring(i, i + width);
            String replacement = nfc.normalize(original);
            if (!replacement.equals(original)) {
                edits.add(new Edit(start + i, start + i + width, replacement));
            }
            i += width;
        }
    }

    /** The edit without the unchanged ends, so that it touches only what NFC changed. */
    private static Edit minimal(int start, String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new Edit(start + prefix, start + before.length() - suffix,
                after.substring(prefix, after.length() - suffix));
    }

    @Override
    public RepairKind kind() {
        return RepairKind.UNICODE_NORMALIZATION;
    }

    @Override
    public boolean mayApply(TextProfile profile) {
        return profile.has(CharClasses.MAY_CHANGE_UNDER_NFC);
    }

    @Override
    public void findEdits(String text, TextProfile profile, List<Edit> edits) {
        int length = text.length();
        int pos = nfc.spanQuickCheckYes(text);
        while (pos < length) {
            int start = pos;
            while (start > 0 && !nfc.hasBoundaryBefore(text.codePointAt(start))) {
                start = text.offsetByCodePoints(start, -1);
            }
            int end = text.offsetByCodePoints(pos, 1);
            while (end < length && !nfc.hasBoundaryBefore(text.codePointAt(end))) {
                end = text.offsetByCodePoints(end, 1);
            }
            if (!edits.isEmpty() && edits.get(edits.size() - 1).end() > start) {
                // the previous segment reached into this one: redo them as one
                start = edits.remove(edits.size() - 1).start();
            }
            String segment = text.substring(start, end);
            String normalized = nfc.normalize(segment);
            if (!normalized.equals(segment)) {
                addEdits(start, segment, normalized, edits);
            }
            pos = end >= length ? length : end + nfc.spanQuickCheckYes(CharBuffer.wrap(text, end, length));
        }
    }
}
