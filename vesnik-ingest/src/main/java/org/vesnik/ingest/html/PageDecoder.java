package org.vesnik.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vesnik.core.decode.BadInputException;
import org.vesnik.core.decode.DecodedText;
import org.vesnik.core.decode.TextDecoder;

/**
 * Turns a page's bytes into text in the order browsers follow (WHATWG encoding sniffing): a
 * byte-order mark, then the charset of the HTTP Content-Type header, then the page's own
 * {@code <meta charset>} or {@code http-equiv} declaration, then detection by vesnik-core's
 * {@link TextDecoder} (UTF-8, windows-1251, ISO-8859-5, KOI8-R), and windows-1252 last.
 */
final class PageDecoder {

    /** The decoded page and the charset it was read with. */
    record DecodedPage(String html, String charset) {
    }

    /** How far into the page a {@code <meta>} charset declaration is looked for. */
    private static final int META_SCAN_BYTES = 16 * 1024;

    private static final Pattern CHARSET_PARAMETER =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    /** Above this share of Cyrillic letters a page read as a Cyrillic charset is taken to be one. */
    private static final double CYRILLIC_SHARE = 0.3;

    private static final Pattern META_TAG = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final TextDecoder detector = new TextDecoder();

    DecodedPage decode(byte[] bytes, Optional<String> contentType, String source) {
        Optional<Charset> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            // bytes that break the encoding their mark names read as a browser shows them
            return detected(bytes, source).orElseGet(() -> leniently(withoutMark(bytes, bom.get()), bom.get()));
        }
        Optional<Charset> declared = contentType.flatMap(PageDecoder::charsetParameter)
                .or(() -> metaCharset(bytes));
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            // a page saved as UTF-8 whose template still says windows-1251 is common; valid
            // multi-byte UTF-8 is almost never an accident of another charset
            Optional<DecodedPage> utf8 = detected(bytes, source).filter(p -> p.charset().equals("UTF-8") && !isAscii(bytes));
            return utf8.orElseGet(() -> leniently(bytes, declared.get()));
        }
        Optional<DecodedPage> found = detected(bytes, source)
                .filter(p -> p.charset().equals("UTF-8") || p.charset().startsWith("UTF-") || mostlyCyrillic(p.html()));
        if (found.isPresent()) {
            return found.get();
        }
        // declared UTF-8 with a stray bad byte reads as a browser shows it; otherwise the web's default
        return leniently(bytes, declared.isPresent() ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"));
    }

    private Optional<DecodedPage> detected(byte[] bytes, String source) {
        try {
            DecodedText text = detector.decode(bytes, source);
            return Optional.of(new DecodedPage(text.text(), text.charset()));
        } catch (BadInputException notUtf8NorCyrillic) {
            return Optional.empty();
        }
    }

    private static DecodedPage leniently(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedPage(text, charset.name());
        } catch (java.nio.charset.CharacterCodingException cannotHappenWithReplace) {
            return new DecodedPage(new String(bytes, charset), charset.name());
        }
    }

    /** The charset a Content-Type value names ({@code text/html; charset=windows-1251}). */
    static Optional<Charset> charsetParameter(String contentType) {
        Matcher m = CHARSET_PARAMETER.matcher(contentType);
        return m.find() ? charsetNamed(m.group(1), false) : Optional.empty();
    }

    /** The charset the page declares in a {@code <meta>} tag near its start. */
    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher tag = META_TAG.matcher(head);
        while (tag.find()) {
            Matcher m = CHARSET_PARAMETER.matcher(tag.group());
            if (m.find()) {
                Optional<Charset> charset = charsetNamed(m.group(1), true);
                if (charset.isPresent()) {
                    return charset;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The charset for a label as browsers read it: ASCII and Latin-1 labels mean windows-1252,
     * and a page cannot declare UTF-16 for itself in ASCII bytes, so in a {@code <meta>} tag
     * that means UTF-8.
     */
    static Optional<Charset> charsetNamed(String label, boolean inPage) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (inPage && name.startsWith("utf-16")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        switch (name) {
            case "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "l1", "cp819", "windows-1252", "cp1252":
                return Optional.of(Charset.forName("windows-1252"));
            case "utf8", "unicode-1-1-utf-8":
                return Optional.of(StandardCharsets.UTF_8);
            case "cp1251", "x-cp1251", "win-1251":
                return Optional.of(Charset.forName("windows-1251"));
            default:
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
        }
    }

    /**
     * Whether a good share of the letters of the page's text (outside tags, scripts and styles)
     * are Cyrillic: any bytes read as windows-1251, so a Latin page in windows-1252 would
     * otherwise come out sprinkled with Cyrillic mojibake (é as й), a fifth of its letters at most.
     */
    static boolean mostlyCyrillic(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int letters = 0;
        int cyrillic = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = lower.startsWith("<script", i) ? lower.indexOf("</script", i)
                        : lower.startsWith("<style", i) ? lower.indexOf("</style", i) : i;
                int close = html.indexOf('>', Math.max(end, i));
                if (end < 0 || close < 0) {
                    break;
                }
                i = close + 1;
                continue;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic++;
                }
            }
            i++;
        }
        return cyrillic > CYRILLIC_SHARE * letters;
    }

    /** The charset a byte-order mark names: UTF-8, UTF-16BE or UTF-16LE (UTF-32 marks start like UTF-16's). */
    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static byte[] withoutMark(byte[] bytes, Charset charset) {
        int mark = charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
        return java.util.Arrays.copyOfRange(bytes, mark, bytes.length);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
