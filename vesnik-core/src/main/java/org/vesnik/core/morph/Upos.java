package org.vesnik.core.morph;

/** The Universal Dependencies part-of-speech tags. */
public enum Upos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    /** Open classes take inflection rules; closed classes are listed in full. */
    public boolean isOpen() {
        return this == ADJ || this == ADV || this == NOUN || this == PROPN || this == VERB;
    }
}
