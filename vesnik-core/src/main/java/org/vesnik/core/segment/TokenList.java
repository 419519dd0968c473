package org.vesnik.core.segment;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Span;

/**
 * The tokens of a document stored column by column (one array per field), so a document of
 * 100,000 tokens is five arrays rather than 100,000 objects. {@link #get(int)} makes a
 * {@link Token} view; hot loops use the field accessors, which allocate nothing. Immutable.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

    public static final Layer<TokenList> LAYER = Layer.named("tokens");

    private static final TokenKind[] KINDS = TokenKind.values();

    // the kind byte: the TokenKind ordinal in the low bits, flags that later stages read above
    static final int KIND_MASK = 0x0F;
    /** A line break lies between this token and the one before it. */
    static final int LINE_BREAK_BEFORE = 0x80;

    // read directly by the other segmentation stages of this package, which never write them
    final int size;
    final int[] starts;
    final int[] ends;
    final int[] cleanStarts;
    final int[] cleanEnds;
    final byte[] kinds;
    // ascending indexes of the few tokens later stages start from, so they need not visit all:
    // tokens after a line break, tokens that may end a sentence (stops, ?, !, ellipses,
    // abbreviations), and quotation marks
    final int[] lineStarts;
    final int[] sentenceEnds;
    final int[] quotes;

    /** Takes ownership of the arrays, which must hold at least {@code size} entries each. */
    TokenList(int size, int[] starts, int[] ends, int[] cleanStarts, int[] cleanEnds, byte[] kinds,
              int[] lineStarts, int[] sentenceEnds, int[] quotes) {
        this.size = size;
        this.starts = starts;
        this.ends = ends;
        this.cleanStarts = cleanStarts;
        this.cleanEnds = cleanEnds;
        this.kinds = kinds;
        this.lineStarts = lineStarts;
        this.sentenceEnds = sentenceEnds;
        this.quotes = quotes;
    }

    @Override
    public Token get(int index) {
        return new Token(span(index), kind(index));
    }

    /** The span of token {@code index}. */
    public Span span(int index) {
        return span(index, index + 1);
    }

    /** The span of tokens {@code [from, to)}: from the first one's start to the last one's end. */
    public Span span(int from, int to) {
        int last = check(to - 1);
        return new Span(starts[check(from)], ends[last], cleanStarts[from], cleanEnds[last]);
    }

    /** The span between tokens {@code before} and {@code after}, without them: the words inside a pair of marks. */
    public Span between(int before, int after) {
        return new Span(ends[check(before)], starts[check(after)], cleanEnds[before], cleanStarts[after]);
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * For spans in text order, given by their start and end in the original text, the index of
     * the span each token lies inside, or -1: one walk over tokens and spans together.
     */
    public int[] spanOfEachToken(int[] spanStarts, int[] spanEnds) {
        int[] spanOf = new int[size];
        Arrays.fill(spanOf, -1);
        int t = 0;
        for (int s = 0; s < spanStarts.length; s++) {
            while (t < size && starts[t] < spanStarts[s]) {
                t++;
            }
            for (int u = t; u < size && ends[u] <= spanEnds[s]; u++) {
                spanOf[u] = s;
            }
        }
        return spanOf;
    }

    public int start(int index) {
        return starts[check(index)];
    }

    public int end(int index) {
        return ends[check(index)];
    }

    public int cleanStart(int index) {
        return cleanStarts[check(index)];
    }

    public int cleanEnd(int index) {
        return cleanEnds[check(index)];
    }

    public TokenKind kind(int index) {
        return KINDS[kinds[check(index)] & KIND_MASK];
    }

    /** Whether a line break separates token {@code index} from the token before it. */
    public boolean startsLine(int index) {
        return (kinds[check(index)] & LINE_BREAK_BEFORE) != 0;
    }

    private int check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("token " + index + " of " + size);
        }
        return index;
    }
}
