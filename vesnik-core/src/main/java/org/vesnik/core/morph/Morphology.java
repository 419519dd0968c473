package org.vesnik.core.morph;

/** The lemma and UPOS tag of every token of a document, by token index. Immutable. */
public final class Morphology {

    private final String[] lemmas;
    private final Upos[] tags;

    Morphology(String[] lemmas, Upos[] tags) {
        this.lemmas = lemmas;
        this.tags = tags;
    }

    public String lemma(int token) {
        return lemmas[token];
    }

    public Upos upos(int token) {
        return tags[token];
    }

    public int size() {
        return lemmas.length;
    }
}
