package org.vesnik.core.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Repairs lines of UTF-8 that were once read with a single-byte encoding and saved again
 * ({@code РЎРµРІРµСЂРЅРѕ}, {@code Ð¡ÐµÐ²ÐµÑ€Ð½Ð¾}): encoding such a line back with that
 * encoding gives valid UTF-8 bytes, and decoding those gives the real text. Correct text
 * almost never survives that round trip, and the repaired line must read as more Cyrillic.
 */
final class MojibakeRepairer {

    /**
     * A single-byte encoding as text was once wrongly decoded with it. Bytes the encoding leaves
     * undefined come out as the C1 control of the same number (as browsers do, per WHATWG), or as
     * U+FFFD where the encoding has exactly one such byte, so both can be encoded back.
     */
    private static final class Misreading {
        final String name;
        final Map<Character, Byte> bytes = new HashMap<>();

        Misreading(String name) {
            this.name = name;
            Charset charset = Charset.forName(name);
            List<Integer> undefined = new ArrayList<>();
            for (int b = 0; b < 256; b++) {
                String c = new String(new byte[] {(byte) b}, charset);
                if (c.length() != 1 || c.charAt(0) == '\uFFFD') {
                    undefined.add(b);
                    bytes.put((char) b, (byte) b);
                } else {
                    bytes.put(c.charAt(0), (byte) b);
                }
            }
            if (undefined.size() == 1) {
                bytes.put('\uFFFD', (byte) (int) undefined.get(0));
            }
        }

        /** The bytes of {@code line} in this encoding, or null when a character has none. */
        byte[] encode(String line) {
            byte[] out = new byte[line.length()];
            for (int i = 0; i < line.length(); i++) {
                Byte b = bytes.get(line.charAt(i));
                if (b == null) {
                    return null;
                }
                out[i] = b;
            }
            return out;
        }
    }

    // windows-1252 before ISO-8859-1: browsers read "ISO-8859-1" pages as windows-1252.
    private static final List<Misreading> MISREADINGS = List.of(
            new Misreading("windows-1251"), new Misreading("windows-1252"),
            new Misreading("ISO-8859-1"), new Misreading("ISO-8859-5"));

    /** A line needs at least this many lead-plus-continuation pairs to be considered. */
    private static final int MIN_SIGNATURES = 2;

    record Result(String text, List<DecodedText.MojibakeRepair> repairs) {
    }

    private MojibakeRepairer() {
    }

    static Result repair(String text) {
        StringBuilder out = null;
        List<DecodedText.MojibakeRepair> repairs = new ArrayList<>();
        int lineStart = 0;
        int lineNumber = 1;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            Optional<String> fixed = Optional.empty();
            Misreading used = null;
            if (signatureCount(line) >= MIN_SIGNATURES) {
                for (Misreading m : MISREADINGS) {
                    fixed = undo(line, m);
                    if (fixed.isPresent()) {
                        used = m;
                        break;
                    }
                }
            }
            if (fixed.isPresent()) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, lineStart);
                }
                out.append(fixed.get());
                repairs.add(new DecodedText.MojibakeRepair(lineNumber, used.name));
            } else if (out != null) {
                out.append(line);
            }
            if (nl < 0) {
                break;
            }
            if (out != null) {
                out.append('\n');
            }
            lineStart = nl + 1;
            lineNumber++;
        }
        return new Result(out == null ? text : out.toString(), repairs);
    }

    /**
     * Counts places that look like a UTF-8 lead byte for Cyrillic (0xD0–0xD3) followed by a
     * continuation byte, as they read in the encodings above.
     */
    static int signatureCount(CharSequence line) {
        int count = 0;
        for (int i = 0; i + 1 < line.length(); i++) {
            char lead = line.charAt(i);
            char next = line.charAt(i + 1);
            boolean cyrillicLeadMisread = (lead >= '\u0420' && lead <= '\u0423')  // windows-1251 D0–D3
                    || (lead >= 'Ð' && lead <= 'Ó')                          // windows-1252/8859-1
                    || (lead >= '\u0430' && lead <= '\u0433');                // ISO-8859-5
            if (cyrillicLeadMisread && isMisreadContinuation(next)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isMisreadContinuation(char c) {
        // bytes 0x80–0xBF read as windows-1251 (Ђ…џ, symbols), Latin-1 (C1, NBSP…¿), windows-1252
        // (€‚ƒ„…), or ISO-8859-5 (C1, NBSP, Ё–Џ, А–П); never a lower-case Cyrillic letter.
        return (c >= 0x80 && c <= 0xBF)
                || (c >= 0x0400 && c <= 0x041F)
                || (c >= 0x0450 && c <= 0x045F)
                || (c >= 0x2010 && c <= 0x203A) || c == 0x20AC || c == 0x2116 || c == 0x2122
                || c == 0x0490 || c == 0x0491 || c == 0x0192 || c == 0x02C6 || c == 0x02DC
                || c == 0xFFFD || c == 0x0160 || c == 0x0161 || c == 0x0152 || c == 0x0153 || c == 0x017D
                || c == 0x017E || c == 0x0178;
    }

    private static Optional<String> undo(String line, Misreading misreading) {
        byte[] bytes = misreading.encode(line);
        if (bytes == null) {
            return Optional.empty();
        }
        Utf8Validator.Scan scan = Utf8Validator.scan(bytes, 0, bytes.length);
        if (!scan.valid() || scan.multiByteSequences() == 0) {
            return Optional.empty();
        }
        String repaired = new String(bytes, StandardCharsets.UTF_8);
        if (cyrillicLetters(repaired) <= cyrillicLetters(line) / 2) {
            return Optional.empty();
        }
        return Optional.of(repaired);
    }

    private static int cyrillicLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                n++;
            }
        }
        return n;
    }
}
