package org.vesnik.core.morph;

import java.util.List;
import org.vesnik.core.text.Layer;

/**
 * The lemma and UPOS tag of every token of a document, by token index, and the lemmatizer they
 * were chosen from, so later stages read other words' readings from the same lexicon (a user's
 * {@code --hunspell} dictionary included). Immutable.
 */
public final class Morphology {

    public static final Layer<Morphology> LAYER = Layer.written("morphology", new MorphologyFormat());

    private final String[] lemmas;
    private final Upos[] tags;
    private final Lemmatizer lemmatizer;

    Morphology(String[] lemmas, Upos[] tags, Lemmatizer lemmatizer) {
        this.lemmas = lemmas;
        this.tags = tags;
        this.lemmatizer = lemmatizer;
    }

    /** The readings of {@code word} out of context, likeliest first, from the tagger's lemmatizer. */
    public List<Analysis> readings(String word) {
        return lemmatizer.analyze(word);
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
