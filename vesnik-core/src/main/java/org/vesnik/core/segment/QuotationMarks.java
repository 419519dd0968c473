package org.vesnik.core.segment;

import java.util.ArrayList;
import java.util.List;

/** The quotation marks of a document, paired: which quote token opens or closes which. */
public final class QuotationMarks {

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
    private final byte[] roles;

    /** Takes ownership of {@code roles}. */
    QuotationMarks(List<Pair> pairs, byte[] roles) {
        this.pairs = List.copyOf(pairs);
        this.roles = roles;
    }

    /** The pairs, ordered by their opening mark. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** The role of token {@code tokenIndex}: {@link Role#NONE} for tokens that are not marks. */
    public Role role(int tokenIndex) {
        return ROLES[roles[tokenIndex]];
    }

    /** Indexes of the quote tokens that could not be paired. */
    public List<Integer> unpaired() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == UNPAIRED) {
                out.add(i);
            }
        }
        return out;
    }
}
