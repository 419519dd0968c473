package org.vesnik.core.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the single-byte Cyrillic encoding of bytes that are not UTF-8. Real Macedonian text is
 * mostly lower-case Cyrillic letters, so the encoding under which the non-ASCII bytes read as
 * the most lower-case Cyrillic letters wins (KOI8-R and windows-1251 differ exactly in case).
 */
final class LegacyCyrillicCharsets {

    static final List<Charset> CANDIDATES = List.of(
            Charset.forName("windows-1251"), Charset.forName("ISO-8859-5"), Charset.forName("KOI8-R"));

    /** Below this share of plausible letters the bytes are not taken for text at all. */
    private static final double MIN_PLAUSIBILITY = 0.55;

    record Choice(Charset charset, String text) {
    }

    private LegacyCyrillicCharsets() {
    }

    static Optional<Choice> choose(byte[] bytes, int from) {
        Choice best = null;
        double bestScore = MIN_PLAUSIBILITY;
        for (Charset cs : CANDIDATES) {
            Optional<String> text = decodeStrictly(cs, bytes, from);
            if (text.isEmpty()) {
                continue;
            }
            double score = lowerCaseCyrillicShare(text.get());
            if (score > bestScore) {
                bestScore = score;
                best = new Choice(cs, text.get());
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> decodeStrictly(Charset cs, byte[] bytes, int from) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
            return Optional.of(out.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Share of non-ASCII characters that are lower-case Cyrillic letters. */
    static double lowerCaseCyrillicShare(CharSequence text) {
        int nonAscii = 0;
        int lowerCyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (c >= 0x0430 && c <= 0x045F) {
                lowerCyrillic++;
            }
        }
        return nonAscii == 0 ? 0 : (double) lowerCyrillic / nonAscii;
    }
}
