package org.vesnik.core.lang;

import org.vesnik.core.resources.WordSet;

/** Word lists of Macedonian that several stages consult, loaded once from this package. */
public final class MacedonianWords {

    private static final class Holder {
        static final WordSet NON_FINAL = WordSet.load(MacedonianWords.class, "non-final-words.txt");
        static final WordSet DOMAINS = WordSet.load(MacedonianWords.class, "top-level-domains.txt");
        static final WordSet SPEECH_VERBS = WordSet.load(MacedonianWords.class, "speech-verbs.txt");
    }

    private MacedonianWords() {
    }

    /** Prepositions, conjunctions and clitics: words after which a sentence cannot end. */
    public static WordSet nonFinal() {
        return Holder.NON_FINAL;
    }

    /** Lemmas of verbs that introduce someone's words (изјави, рече, соопшти): their subject speaks. */
    public static WordSet speechVerbs() {
        return Holder.SPEECH_VERBS;
    }

    /**
     * Whether a word with this lemma and form introduces someone's words: the list holds lemmas
     * and the past forms a guessed lemma may miss, so either may match.
     */
    public static boolean isSpeechVerb(String lemma, String form) {
        return Holder.SPEECH_VERBS.contains(lemma) || Holder.SPEECH_VERBS.contains(form);
    }

    /** Top-level internet domains, to tell {@code time.mk} from a glued full stop. */
    public static WordSet topLevelDomains() {
        return Holder.DOMAINS;
    }
}
