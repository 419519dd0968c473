package org.vesnik.ingest;

/**
 * Tells markup from other bytes by their start, before a parser is asked: an HTML page or an
 * XML document opens (after a byte-order mark and white space) with a tag, and holds no NUL.
 */
final class MarkupSniffer {

    private static final int WINDOW = 8 * 1024;

    private MarkupSniffer() {
    }

    /** True when the bytes look like HTML or XML: a tag within the first 8 KiB and no binary bytes. */
    static boolean looksLikeMarkup(byte[] bytes) {
        int end = Math.min(bytes.length, WINDOW);
        if (end >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return true;
        }
        boolean tag = false;
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (!tag && b == '<' && i + 1 < end && isTagStart(bytes[i + 1] & 0xFF)) {
                tag = true;
            }
        }
        return tag;
    }

    /** True when the first thing after white space (and a BOM) is an XML declaration or a tag. */
    static boolean startsWithTag(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i + 1 < bytes.length && bytes[i] == '<' && isTagStart(bytes[i + 1] & 0xFF);
    }

    private static boolean isTagStart(int b) {
        return b == '!' || b == '?' || b == '/' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    /** What the bytes are, when they are a common binary kind, for a problem's reason. */
    static String describeBinary(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) {
            return "a PDF document";
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "a PNG image";
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "a JPEG image";
        }
        if (startsWith(bytes, "GIF8")) {
            return "a GIF image";
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            return "gzip data";
        }
        if (startsWith(bytes, "PK")) {
            return "a ZIP archive";
        }
        return bytes.length == 0 ? "empty" : "no markup in the first 8 KiB";
    }

    private static boolean startsWith(byte[] bytes, String ascii) {
        if (bytes.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
