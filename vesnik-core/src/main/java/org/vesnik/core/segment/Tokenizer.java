package org.vesnik.core.segment;

import java.util.List;
import java.util.Arrays;
import java.util.Optional;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.lang.Abbreviations;
import org.vesnik.core.lang.CharClasses;
import org.vesnik.core.lang.MacedonianWords;
import org.vesnik.core.lang.Punctuation;
import org.vesnik.core.resources.WordSet;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.OffsetMap;
import org.vesnik.core.text.Stage;

/**
 * Splits cleaned Macedonian news text into tokens: words (with inner hyphens and apostrophes:
 * {@code ВМРО-ДПМНЕ}, {@code О'Брајан}, {@code ’рбет}), numbers ({@code 2.000}, {@code 3,5},
 * {@code 03.09.2025}, {@code 12:30}, {@code 26-ти}), abbreviations with their stop, URLs,
 * e-mail addresses, domain names, hashtags and mentions; every other mark is a token of its own.
 * Runs of stops ({@code ...}), of {@code ?}/{@code !} and of hyphens stay together.
 */
public final class Tokenizer implements Stage {

    private static final int MAX_URL = 2048;

    // kinds as int constants: the JIT folds these, not an enum's ordinal
    private static final int KIND_ABBREVIATION = TokenKind.ABBREVIATION.ordinal();
    private static final int KIND_EMAIL = TokenKind.EMAIL.ordinal();
    private static final int KIND_HASHTAG = TokenKind.HASHTAG.ordinal();
    private static final int KIND_MENTION = TokenKind.MENTION.ordinal();
    private static final int KIND_NUMBER = TokenKind.NUMBER.ordinal();
    private static final int KIND_PUNCTUATION = TokenKind.PUNCTUATION.ordinal();
    private static final int KIND_QUOTE = TokenKind.QUOTE.ordinal();
    private static final int KIND_SYMBOL = TokenKind.SYMBOL.ordinal();
    private static final int KIND_URL = TokenKind.URL.ordinal();
    private static final int KIND_WORD = TokenKind.WORD.ordinal();

    /** ASCII marks that are always a punctuation token of their own. */
    private static final boolean[] SINGLE_MARK = new boolean[0x80];

    static {
        for (char c : ",;:()[]{}/*&".toCharArray()) {
            SINGLE_MARK[c] = true;
        }
    }

    private final Abbreviations abbreviations = Abbreviations.macedonian();
    private final WordSet domains = MacedonianWords.topLevelDomains();

    @Override
    public List<Layer<?>> needs() {
        return List.of(CleanText.LAYER);
    }

    @Override
    public List<Layer<?>> adds() {
        return List.of(TokenList.LAYER);
    }

    @Override
    public void annotate(Document document) {
        CleanText clean = document.get(CleanText.LAYER);
        document.add(TokenList.LAYER, tokenize(clean.text(), clean.offsets()));
    }

    /** Tokens of {@code text}, whose offsets map to the original text through {@code offsets}. */
    public TokenList tokenize(String text, OffsetMap offsets) {
        int length = text.length();
        int capacity = length / 4 + 16;
        int[] cleanStarts = new int[capacity];
        int[] cleanEnds = new int[capacity];
        byte[] kinds = new byte[capacity];
        int count = 0;
        int pos = 0;
        int flags = 0; // for the next token: whether a line break came before it
        IntList lineStarts = new IntList();
        IntList sentenceEnds = new IntList();
        IntList quotes = new IntList();
        while (pos < length) {
            char c = text.charAt(pos);
            int classes = CharClasses.of(c);
            if ((classes & CharClasses.WHITESPACE) != 0) {
                if ((classes & CharClasses.LINE_BREAK) != 0 && count > 0) {
                    flags = TokenList.LINE_BREAK_BEFORE;
                }
                pos++;
                continue;
            }
            long scanned;
            int end;
            if (c >= 0x80 && (classes & CharClasses.WORD) != 0) {
                // the common case, a Cyrillic word ending in a space or plain punctuation
                end = wordEnd(text, pos + 1, length);
                if (end < length && (CharClasses.of(text.charAt(end)) & CharClasses.WORD_JOINER) != 0) {
                    scanned = text.charAt(end) == '.' ? wordBeforeStop(text, pos, end) : scan(text, pos);
                    end = withMarks(text, length, (int) scanned);
                } else {
                    scanned = result(end, KIND_WORD);
                }
            } else if (c < 0x80 && SINGLE_MARK[c]) {
                end = withMarks(text, length, pos + 1);
                scanned = result(end, KIND_PUNCTUATION);
            } else if (c == '.' && (pos + 1 >= length || text.charAt(pos + 1) != '.')) {
                end = withMarks(text, length, pos + 1);
                scanned = result(end, KIND_PUNCTUATION);
            } else {
                scanned = scan(text, pos);
                end = withMarks(text, length, (int) scanned);
            }
            if (count == cleanStarts.length) {
                int grown = count * 2;
                cleanStarts = Arrays.copyOf(cleanStarts, grown);
                cleanEnds = Arrays.copyOf(cleanEnds, grown);
                kinds = Arrays.copyOf(kinds, grown);
            }
            int kind = (int) (scanned >>> 32);
            if (flags != 0) {
                lineStarts.add(count);
            }
            if (kind == KIND_ABBREVIATION || (kind == KIND_PUNCTUATION && Punctuation.isTerminal(c))) {
                sentenceEnds.add(count);
            } else if (kind == KIND_QUOTE) {
                quotes.add(count);
            }
            cleanStarts[count] = pos;
            cleanEnds[count] = end;
            kinds[count] = (byte) (kind | flags);
            count++;
            pos = end;
            flags = 0;
        }
        int[] lines = lineStarts.toArray();
        int[] ends = sentenceEnds.toArray();
        int[] marks = quotes.toArray();
        if (offsets == OffsetMap.identity()) {
            return new TokenList(count, cleanStarts, cleanEnds, cleanStarts, cleanEnds, kinds, lines, ends, marks);
        }
        // map all spans at once: one walk over each cleanup phase's edits
        int[] originalStarts = new int[count];
        int[] originalEnds = new int[count];
        offsets.toOriginalSpans(cleanStarts, cleanEnds, count, originalStarts, originalEnds);
        return new TokenList(count, originalStarts, originalEnds, cleanStarts, cleanEnds, kinds, lines, ends, marks);
    }

    /**
     * The end of the run of word characters from {@code from}. A loop that stops at the first
     * non-word character mispredicts its exit once a word, as word lengths are random: that cost
     * half the tokenizer's time. Eight characters at a time make a bit mask instead, whose first
     * zero is the end; only words longer than eight characters loop, predictably.
     */
    private static int wordEnd(String text, int from, int length) {
        int i = from;
        while (i + 8 <= length) {
            int mask = CharClasses.wordBit(text.charAt(i))
                    | CharClasses.wordBit(text.charAt(i + 1)) << 1
                    | CharClasses.wordBit(text.charAt(i + 2)) << 2
                    | CharClasses.wordBit(text.charAt(i + 3)) << 3
                    | CharClasses.wordBit(text.charAt(i + 4)) << 4
                    | CharClasses.wordBit(text.charAt(i + 5)) << 5
                    | CharClasses.wordBit(text.charAt(i + 6)) << 6
                    | CharClasses.wordBit(text.charAt(i + 7)) << 7;
            if (mask != 0xFF) {
                return i + Integer.numberOfTrailingZeros(~mask);
            }
            i += 8;
        }
        while (i < length && CharClasses.isWord(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A combining mark belongs to the character before it, whatever token that ended. */
    private static int withMarks(String text, int length, int end) {
        int i = end;
        while (i < length && (CharClasses.of(text.charAt(i)) & CharClasses.COMBINING_MARK) != 0) {
            i++;
        }
        return i;
    }

    /**
     * A run of letters {@code [start, end)} followed by a stop: an initial or an abbreviation
     * takes the stop, a word with more after the stop ({@code time.mk}, {@code т.е.}) goes
     * through the general scan, and anything else is a word the stop follows.
     */
    private long wordBeforeStop(String text, int start, int end) {
        if (end - start == 1 || (end + 1 < text.length() && CharClasses.isWord(text.charAt(end + 1)))) {
            return scan(text, start);
        }
        return abbreviationOrWord(text, start, end);
    }

    /** The word {@code [start, end)}, followed by a stop, as an abbreviation with it or a word without. */
    private long abbreviationOrWord(String text, int start, int end) {
        Optional<Abbreviations.Position> position = abbreviations.lookup(text, start, end + 1);
        // a unit (ден., мин.) takes its stop only after a number: "секој ден." ends a sentence
        if (position.isPresent() && (position.get() != Abbreviations.Position.AFTER_NUMBER
                || end - start == 1 || followsNumber(text, start))) {
            return result(end + 1, KIND_ABBREVIATION);
        }
        return result(end, KIND_WORD);
    }

    private static long result(int end, int kind) {
        return ((long) kind << 32) | end;
    }

    /** The end and kind of the token that starts at {@code pos}, packed into one long. */
    private long scan(String text, int pos) {
        char c = text.charAt(pos);
        if (isWordChar(c)) {
            return scanWordLike(text, pos);
        }
        if ((c == '\'' || c == '’' || c == 'ʼ') && startsElidedWord(text, pos)) {
            return result(scanWord(text, pos + 1), KIND_WORD);
        }
        if (c == '#' && pos + 1 < text.length() && isWordChar(text.charAt(pos + 1))) {
            return result(scanHandle(text, pos + 1), KIND_HASHTAG);
        }
        if (c == '@' && pos + 1 < text.length() && isAsciiAlnum(text.charAt(pos + 1))
                && (pos == 0 || Character.isWhitespace(text.charAt(pos - 1)))) {
            return result(scanHandle(text, pos + 1), KIND_MENTION);
        }
        if (c == '.' || c == '!' || c == '?' || c == '-') {
            int end = pos + 1;
            boolean exclamationOrQuestion = c == '!' || c == '?';
            while (end < text.length() && (text.charAt(end) == c
                    || (exclamationOrQuestion && (text.charAt(end) == '!' || text.charAt(end) == '?')))) {
                end++;
            }
            return result(end, KIND_PUNCTUATION);
        }
        if (Punctuation.isQuote(c)) {
            return result(pos + 1, KIND_QUOTE);
        }
        if (Character.isHighSurrogate(c)) {
            return result(scanSymbolSequence(text, pos), KIND_SYMBOL);
        }
        switch (Character.getType(c)) {
            case Character.CURRENCY_SYMBOL:
            case Character.MATH_SYMBOL:
            case Character.OTHER_SYMBOL:
            case Character.MODIFIER_SYMBOL:
                return result(scanSymbolSequence(text, pos), KIND_SYMBOL);
            default:
                return result(pos + 1, KIND_PUNCTUATION);
        }
    }

    private long scanWordLike(String text, int pos) {
        char c = text.charAt(pos);
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '.') {
            int dotted = abbreviations.matchDotted(text, pos);
            if (dotted > 0) {
                return result(dotted, KIND_ABBREVIATION);
            }
        }
        if (c < 0x80) {
            if (startsUrl(text, pos)) {
                return result(scanUrl(text, pos), KIND_URL);
            }
            int email = emailEnd(text, pos);
            if (email > 0) {
                return result(email, KIND_EMAIL);
            }
            int domain = domainEnd(text, pos);
            if (domain > 0) {
                return result(domain, KIND_URL);
            }
        }
        if (isDigit(c)) {
            return scanNumber(text, pos);
        }
        int end = scanWord(text, pos);
        if (end < text.length() && text.charAt(end) == '.') {
            if (end - pos == 1 && Character.isUpperCase(c)) {
                return result(scanInitials(text, end + 1), KIND_ABBREVIATION);
            }
            return abbreviationOrWord(text, pos, end);
        }
        return result(end, KIND_WORD);
    }

    private static boolean followsNumber(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && isDigit(text.charAt(i));
    }

    /** Letters, digits and marks, joined across inner hyphens and apostrophes. */
    private static int scanWord(String text, int pos) {
        int length = text.length();
        int i = pos;
        int partStart = pos;
        while (true) {
            while (i < length && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i >= length || i == partStart || i + 1 >= length) {
                return i;
            }
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (isHyphen(c) && isWordChar(next)) {
                if (isDigit(next) && allDigits(text, partStart, i)) {
                    return i; // a range, 5-7, or a phone number: the hyphen is a token
                }
            } else if (!((c == '\'' || c == '’' || c == 'ʼ') && Character.isLetter(next)
                    && Character.isLetter(text.charAt(i - 1)))) {
                return i;
            }
            i++;
            partStart = i;
        }
    }

    /** Digits with thousands stops, decimal commas, dates and times; an ordinal suffix joins. */
    private static long scanNumber(String text, int pos) {
        int length = text.length();
        int i = pos;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        int groupStart = pos;
        while (i + 1 < length) {
            char c = text.charAt(i);
            if ((c == '.' || c == ',') && isDigit(text.charAt(i + 1))) {
                i++;
            } else if (c == ':' && i - groupStart <= 2 && i + 2 < length
                    && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                    && (i + 3 >= length || !isDigit(text.charAt(i + 3)))) {
                i++;
            } else {
                break;
            }
            groupStart = i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < length && isWordChar(text.charAt(i))) {
            return result(scanWord(text, i), KIND_WORD); // 4G, 3D, 5км
        }
        if (i + 1 < length && isHyphen(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
            return result(scanWord(text, i + 1), KIND_NUMBER); // 26-ти, 1900-тата
        }
        return result(i, KIND_NUMBER);
    }

    /** After {@code В.}: further single-letter initials of an acronym ({@code С.А.Д.}). */
    private static int scanInitials(String text, int pos) {
        int i = pos;
        while (i + 1 < text.length() && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.') {
            i += 2;
        }
        return i;
    }

    private static int scanHandle(String text, int pos) {
        int i = pos;
        while (i < text.length() && (isWordChar(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    /** A symbol with what joins it into one glyph: variation selectors, ZWJ sequences, skin tones. */
    private static int scanSymbolSequence(String text, int pos) {
        int i = pos + Character.charCount(text.codePointAt(pos));
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == 0xFE0F || cp == 0xFE0E || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3) {
                i += Character.charCount(cp);
            } else if (cp == 0x200D && i + 1 < text.length()) {
                i += 1;
                i += Character.charCount(text.codePointAt(i));
            } else {
                break;
            }
        }
        return i;
    }

    /** An apostrophe that stands for dropped letters ({@code ’рбет}), not an opening quote. */
    private static boolean startsElidedWord(String text, int pos) {
        if (pos + 1 >= text.length() || !Character.isLowerCase(text.charAt(pos + 1))) {
            return false;
        }
        if (pos > 0 && !Character.isWhitespace(text.charAt(pos - 1)) && !Punctuation.isOpeningBracket(text.charAt(pos - 1))) {
            return false;
        }
        char mark = text.charAt(pos);
        // a later mark of the same kind that closes a word makes this one an opening quote
        int limit = Math.min(text.length(), pos + 300);
        for (int i = pos + 2; i < limit; i++) {
            char c = text.charAt(i);
            if (Punctuation.isLineBreak(c)) {
                return true;
            }
            if (c == mark && Character.isLetter(text.charAt(i - 1))
                    && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsUrl(String text, int pos) {
        return startsWithIgnoreCase(text, pos, "http://") || startsWithIgnoreCase(text, pos, "https://")
                || startsWithIgnoreCase(text, pos, "ftp://") || startsWithIgnoreCase(text, pos, "www.");
    }

    private static boolean startsWithIgnoreCase(String text, int pos, String asciiPrefix) {
        if (pos + asciiPrefix.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < asciiPrefix.length(); k++) {
            char c = text.charAt(pos + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != asciiPrefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int scanUrl(String text, int pos) {
        int limit = Math.min(text.length(), pos + MAX_URL);
        int i = pos;
        int openParens = 0;
        while (i < limit) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '„' || c == '“' || c == '”'
                    || c == '«' || c == '»') {
                break;
            }
            if (c == '(') {
                openParens++;
            } else if (c == ')') {
                if (openParens == 0) {
                    break;
                }
                openParens--;
            }
            i++;
        }
        while (i > pos + 1 && ".,;:!?'’".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    /** The end of an e-mail address starting at {@code pos}, or -1. */
    private static int emailEnd(String text, int pos) {
        int length = text.length();
        int i = pos;
        while (i < length && (isAsciiAlnum(text.charAt(i)) || "._%+-".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i >= length || text.charAt(i) != '@' || i == pos) {
            return -1;
        }
        return hostEnd(text, i + 1);
    }

    /** A host name of at least two labels whose last label is letters: the end, or -1. */
    private static int hostEnd(String text, int pos) {
        int length = text.length();
        int i = pos;
        int labels = 0;
        int lastLabelStart = pos;
        while (true) {
            int labelStart = i;
            while (i < length && (isAsciiAlnum(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (i == labelStart) {
                return -1;
            }
            labels++;
            lastLabelStart = labelStart;
            if (i + 1 < length && text.charAt(i) == '.' && isAsciiAlnum(text.charAt(i + 1))) {
                i++;
                continue;
            }
            break;
        }
        if (labels < 2 || i - lastLabelStart < 2) {
            return -1;
        }
        for (int k = lastLabelStart; k < i; k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return -1;
            }
        }
        return i;
    }

    /** A bare domain name ({@code time.mk}, {@code vecer.com.mk}): the end, or -1. */
    private int domainEnd(String text, int pos) {
        int end = hostEnd(text, pos);
        if (end < 0 || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
            return -1;
        }
        int lastDot = end - 1;
        while (text.charAt(lastDot) != '.') {
            lastDot--;
        }
        return domains.contains(text, lastDot + 1, end) ? end : -1;
    }

    static boolean isWordChar(char c) {
        return CharClasses.isWord(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
