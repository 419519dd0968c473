package org.vesnik.core.morph;

/** One reading of a word: its lemma and part of speech. {@code known} when the lexicon lists it. */
public record Analysis(String lemma, Upos upos, boolean known) {
}
