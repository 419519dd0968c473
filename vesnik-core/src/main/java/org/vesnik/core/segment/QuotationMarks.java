package org.vesnik.core.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vesnik.core.text.Layer;

/** The quotation marks of a document, paired: which quote token opens or closes which. */
public final class QuotationMarks {

    public static final Layer<QuotationMarks> LAYER = Layer.written("quotationMarks", new QuotationMarksFormat());

    /** What a token does as a quotation mark. */
    public enum Role { NONE, OPEN, CLOSE, UNPAIRED }

    /** A pair of marks, as indexes into the document's token list. */
    public record Pair(int openToken, int closeToken) {
    }

    // roles a byte a token, in the order of Role: a document has far more tokens than marks
    static final byte NONE = 0;
    static final byte OPEN = 1;
    static final byte CLOSE = 2;
    static final byte UNPAIRED = 3;
    private static final Role[] ROLES = Role.values();

    private final List<Pair> pairs;
    private final int[] quoteTokens;
    private final byte[] roles;

    /** Takes ownership of the arrays: the ascending indexes of the quote tokens, and their roles. */
    QuotationMarks(List<Pair> pairs, int[] quoteTokens, byte[] roles) {
        this.pairs = List.copyOf(pairs);
        this.quoteTokens = quoteTokens;
        this.roles = roles;
    }

    /** The pairs, ordered by their opening mark. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** The role of token {@code tokenIndex}: {@link Role#NONE} for tokens that are not marks. */
    public Role role(int tokenIndex) {
        int q = Arrays.binarySearch(quoteTokens, tokenIndex);
        return q < 0 ? Role.NONE : ROLES[roles[q]];
    }

    /** Indexes of the quote tokens that could not be paired. */
    public List<Integer> unpaired() {
        List<Integer> out = new ArrayList<>();
        for (int q = 0; q < roles.length; q++) {
            if (roles[q] == UNPAIRED) {
                out.add(quoteTokens[q]);
            }
        }
        return out;
    }
}
