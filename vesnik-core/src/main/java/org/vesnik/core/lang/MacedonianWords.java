package org.vesnik.core.lang;

import org.vesnik.core.resources.WordSet;

/** Word lists of Macedonian that the segmentation stages consult, loaded once from this package. */
public final class MacedonianWords {

    private static final class Holder {
        static final WordSet NON_FINAL = WordSet.load(MacedonianWords.class, "non-final-words.txt");
        static final WordSet DOMAINS = WordSet.load(MacedonianWords.class, "top-level-domains.txt");
    }

    private MacedonianWords() {
    }

    /** Prepositions, conjunctions and clitics: words after which a sentence cannot end. */
    public static WordSet nonFinal() {
        return Holder.NON_FINAL;
    }

    /** Top-level internet domains, to tell {@code time.mk} from a glued full stop. */
    public static WordSet topLevelDomains() {
        return Holder.DOMAINS;
    }
}
