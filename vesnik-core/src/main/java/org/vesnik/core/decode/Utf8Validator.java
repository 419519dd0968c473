package org.vesnik.core.decode;

/** Finds the first byte that breaks strict UTF-8 (RFC 3629: no overlongs, no surrogates). */
final class Utf8Validator {

    /** Result of a scan: the first bad byte, or -1, and how many multi-byte sequences were valid. */
    record Scan(int firstInvalid, int multiByteSequences) {
        boolean valid() {
            return firstInvalid < 0;
        }
    }

    private Utf8Validator() {
    }

    static Scan scan(byte[] b, int from, int to) {
        int multi = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return new Scan(i, multi);
            }
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                if (i + k >= to) {
                    return new Scan(i, multi);
                }
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return new Scan(i, multi);
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return new Scan(i, multi);
            }
            multi++;
            i += need + 1;
        }
        return new Scan(-1, multi);
    }
}
