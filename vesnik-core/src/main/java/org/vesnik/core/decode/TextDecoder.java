package org.vesnik.core.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.vesnik.core.text.Layer;

/**
 * Turns bytes into text: UTF-8 (with or without BOM), UTF-16/UTF-32 with BOM, or a single-byte
 * Cyrillic encoding (windows-1251 above all) when the bytes are not UTF-8; repairs lines of
 * mojibake. Never substitutes a replacement character: what cannot be decoded is an error that
 * names the byte.
 */
public final class TextDecoder {

    /** How the document's bytes were decoded, when it came from bytes. */

    /** Share of control characters above which input is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    public DecodedText decode(byte[] bytes, String source) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return fromUtf8(bytes, 3, source, true);
        }
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF) {
            return withBom(bytes, 4, Charset.forName("UTF-32BE"), source);
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            return withBom(bytes, 4, Charset.forName("UTF-32LE"), source);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return withBom(bytes, 2, StandardCharsets.UTF_16BE, source);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return withBom(bytes, 2, StandardCharsets.UTF_16LE, source);
        }
        rejectBinary(bytes, source);
        return fromUtf8(bytes, 0, source, false);
    }

    private DecodedText fromUtf8(byte[] bytes, int from, String source, boolean bom) {
        Utf8Validator.Scan scan = Utf8Validator.scan(bytes, from, bytes.length);
        if (scan.valid()) {
            String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
            return withMojibakeRepaired(text, "UTF-8", bom);
        }
        if (scan.multiByteSequences() == 0 && !bom) {
            Optional<LegacyCyrillicCharsets.Choice> legacy = LegacyCyrillicCharsets.choose(bytes, from);
            if (legacy.isPresent()) {
                return withMojibakeRepaired(legacy.get().text(), legacy.get().charset().name(), false);
            }
        }
        int bad = scan.firstInvalid();
        String reason = String.format("invalid UTF-8 byte 0x%02X", bytes[bad] & 0xFF);
        if (scan.multiByteSequences() > 0) {
            reason += " after " + scan.multiByteSequences() + " valid UTF-8 characters (mixed encodings?)";
        } else {
            reason += " and the bytes do not read as windows-1251, ISO-8859-5 or KOI8-R Cyrillic text";
        }
        throw new BadInputException(source, bad, lineOf(bytes, bad), reason);
    }

    private static DecodedText withMojibakeRepaired(String text, String charset, boolean bom) {
        MojibakeRepairer.Result repaired = MojibakeRepairer.repair(text);
        return new DecodedText(repaired.text(), charset, bom, repaired.repairs());
    }

    private DecodedText withBom(byte[] bytes, int from, Charset cs, String source) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadInputException(source, in.position(), -1,
                    "invalid " + cs.name() + " sequence of " + result.length() + " byte(s)");
        }
        result = decoder.flush(out);
        if (result.isError() || in.hasRemaining()) {
            throw new BadInputException(source, in.position(), -1, "truncated " + cs.name() + " text");
        }
        out.flip();
        return withMojibakeRepaired(out.toString(), cs.name(), true);
    }

    /** NUL bytes or many control bytes mean the input is not text (or UTF-16 without a BOM). */
    private static void rejectBinary(byte[] bytes, String source) {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new BadInputException(source, i, lineOf(bytes, i),
                        "NUL byte: binary data, or UTF-16/UTF-32 without a byte-order mark, is not text we read");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B) {
                controls++;
            }
        }
        if (bytes.length > 0 && controls > Math.max(8, bytes.length * MAX_CONTROL_SHARE)) {
            throw new BadInputException(source, "binary data: " + controls + " control bytes in " + bytes.length);
        }
    }

    static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
