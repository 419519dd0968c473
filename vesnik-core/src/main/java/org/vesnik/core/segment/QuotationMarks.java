package org.vesnik.core.segment;

import java.util.List;

/** The quotation marks of a document, paired: which quote token opens or closes which. */
public final class QuotationMarks {

    /** What a token does as a quotation mark. */
    public enum Role { NONE, OPEN, CLOSE, UNPAIRED }

    /** A pair of marks, as indexes into the document's token list. */
    public record Pair(int openToken, int closeToken) {
    }

    private final List<Pair> pairs;
    private final Role[] roles;

    QuotationMarks(List<Pair> pairs, Role[] roles) {
        this.pairs = List.copyOf(pairs);
        this.roles = roles.clone();
    }

    /** The pairs, ordered by their opening mark. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** The role of token {@code tokenIndex}: {@link Role#NONE} for tokens that are not marks. */
    public Role role(int tokenIndex) {
        return roles[tokenIndex];
    }

    /** Indexes of the quote tokens that could not be paired. */
    public List<Integer> unpaired() {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.UNPAIRED) {
                out.add(i);
            }
        }
        return out;
    }
}
