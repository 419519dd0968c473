package org.vesnik.core.morph;

/**
 * An extra lexicon the lemmatizer may consult, such as a Hunspell dictionary: whether a word
 * exists. Among the lemmas the inflection rules propose for a word and vesnik's own lexicon does
 * not know, those that are words of this lexicon are preferred. Must be thread-safe.
 */
@FunctionalInterface
public interface ExtraLexicon {

    /** Whether {@code word} (lower case) is a word of this lexicon. */
    boolean isWord(String word);
}
