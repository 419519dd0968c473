package org.vesnik.core.lang;

import java.util.ArrayList;
import java.util.List;
import org.vesnik.core.resources.ResourceFile;
import org.vesnik.core.resources.WordSet;

/** Word lists of Macedonian that several stages consult, loaded once from this package. */
public final class MacedonianWords {

    private static final class Holder {
        static final WordSet NON_FINAL = WordSet.load(MacedonianWords.class, "non-final-words.txt");
        static final WordSet DOMAINS = WordSet.load(MacedonianWords.class, "top-level-domains.txt");
        static final WordSet SPEECH_VERBS = WordSet.load(MacedonianWords.class, "speech-verbs.txt");
        static final List<String[]> INFLECTION_ENDINGS = endings("speech-verb-endings.tsv");
    }

    private static List<String[]> endings(String fileName) {
        ResourceFile file = ResourceFile.load(MacedonianWords.class, fileName);
        List<String[]> endings = new ArrayList<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2) {
                throw file.error(row, "expected an ending and its replacement");
            }
            endings.add(new String[] {row.column(0), row.column(1).equals("-") ? "" : row.column(1)});
        }
        return List.copyOf(endings);
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
     * and the past forms a guessed lemma may miss, so either may match, and a plural past,
     * participle or verbal adverb matches through the listed form it is built on.
     */
    public static boolean isSpeechVerb(String lemma, String form) {
        if (Holder.SPEECH_VERBS.contains(lemma) || Holder.SPEECH_VERBS.contains(form)) {
            return true;
        }
        // изјавија, изјавиле, оценувајќи: the plural past, participle or verbal adverb of a listed form
        for (String[] ending : Holder.INFLECTION_ENDINGS) {
            if (form.endsWith(ending[0]) && form.length() > ending[0].length() + 2
                    && Holder.SPEECH_VERBS.contains(form.substring(0, form.length() - ending[0].length()) + ending[1])) {
                return true;
            }
        }
        return false;
    }

    /** Top-level internet domains, to tell {@code time.mk} from a glued full stop. */
    public static WordSet topLevelDomains() {
        return Holder.DOMAINS;
    }
}
