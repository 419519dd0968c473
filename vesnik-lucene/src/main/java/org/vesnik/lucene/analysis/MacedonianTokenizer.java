package org.vesnik.lucene.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.segment.TokenList;

/**
 * vesnik's cleanup and tokenizer as a Lucene {@link Tokenizer}: glued sentences are split
 * ({@code КЦНА.Ким}), stray letters of the other script repaired, {@code 2.000}, {@code д-р},
 * URLs and e-mail addresses kept whole. Offsets point into the text as given (before cleanup);
 * the term is the cleaned form. Punctuation, quotation marks and symbols are not emitted. The
 * type is the token's kind ({@code word}, {@code number}, {@code url}…).
 */
public final class MacedonianTokenizer extends Tokenizer {

    private static final int READ_CHUNK = 8192;

    private final Cleaner cleaner = Cleaner.standard();
    private final org.vesnik.core.segment.Tokenizer tokenizer = new org.vesnik.core.segment.Tokenizer();
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncrAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final StringBuilder original = new StringBuilder();
    private final char[] chunk = new char[READ_CHUNK];

    private String clean;
    private TokenList tokens;
    private int next;

    public MacedonianTokenizer() {
    }

    public MacedonianTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        original.setLength(0);
        int read;
        while ((read = input.read(chunk)) != -1) {
            original.append(chunk, 0, read);
        }
        CleanText cleaned = cleaner.clean(original.toString());
        clean = cleaned.text();
        tokens = tokenizer.tokenize(clean, cleaned.offsets());
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        if (tokens == null) {
            throw new IllegalStateException("reset() was not called before incrementToken()");
        }
        clearAttributes();
        while (next < tokens.size()) {
            int t = next++;
            TokenKind kind = tokens.kind(t);
            if (kind == TokenKind.PUNCTUATION || kind == TokenKind.QUOTE || kind == TokenKind.SYMBOL) {
                continue;
            }
            int cleanStart = tokens.cleanStart(t);
            int length = tokens.cleanEnd(t) - cleanStart;
            char[] buffer = termAtt.resizeBuffer(length);
            clean.getChars(cleanStart, cleanStart + length, buffer, 0);
            termAtt.setLength(length);
            offsetAtt.setOffset(correctOffset(tokens.start(t)), correctOffset(tokens.end(t)));
            posIncrAtt.setPositionIncrement(1);
            typeAtt.setType(kind.label());
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(original.length());
        offsetAtt.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        clean = null;
        tokens = null;
        original.setLength(0);
    }
}
