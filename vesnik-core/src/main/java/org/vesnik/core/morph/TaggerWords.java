package org.vesnik.core.morph;

import java.util.ArrayList;
import java.util.List;
import org.vesnik.core.resources.ResourceFile;
import org.vesnik.core.resources.WordSet;

/**
 * The words the tagger's context rules name: the verb сум after a pronoun
 * ({@code copula-after-pronoun.tsv}), pronouns that are particles unless a verb follows
 * ({@code particles-before-non-verbs.txt}), and the endings of neuter participles
 * ({@code participle-endings.txt}). Immutable.
 */
final class TaggerWords {

    /** After the pronoun {@code pronoun}, the word {@code word} (matched by its first reading's lemma, or by its form) is сум. */
    private record Copula(String pronoun, String word, boolean byLemma) {
    }

    private final List<Copula> copulas = new ArrayList<>();
    private final WordSet particlesBeforeNonVerbs = WordSet.load(TaggerWords.class, "particles-before-non-verbs.txt");
    private final WordSet participleEndings = WordSet.load(TaggerWords.class, "participle-endings.txt");

    TaggerWords() {
        ResourceFile file = ResourceFile.load(TaggerWords.class, "copula-after-pronoun.tsv");
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 3 || !row.column(2).matches("lemma|form")) {
                throw file.error(row, "expected a pronoun's lemma, a word and lemma or form");
            }
            Copula copula = new Copula(row.first(), row.column(1), row.column(2).equals("lemma"));
            if (copulas.contains(copula)) {
                throw file.error(row, "duplicate row");
            }
            copulas.add(copula);
        }
    }

    /** Whether a word with this form and first reading's lemma is сум after a pronoun with {@code previousLemma} (тие се, ти си). */
    boolean isCopula(String previousLemma, String firstLemma, String form) {
        for (Copula copula : copulas) {
            if (copula.pronoun().equals(previousLemma)
                    && (copula.byLemma() ? copula.word().equals(firstLemma) : copula.word().equalsIgnoreCase(form))) {
                return true;
            }
        }
        return false;
    }

    /** ни: a pronoun before a verb (ни рече), a particle elsewhere (ни збор). */
    boolean isParticleUnlessVerbFollows(String form) {
        return particlesBeforeNonVerbs.contains(form);
    }

    /** A neuter passive participle (заборавено, разменето), which stays an adjective without a noun. */
    boolean isNeuterParticiple(String lower) {
        for (String ending : participleEndings.words()) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
