package org.vesnik.core.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vesnik.core.resources.ResourceFile;
import org.vesnik.core.resources.WordSet;

/**
 * The verbs that report what someone said ({@code reporting-verbs.tsv}), each with where it
 * applies: speech verbs that introduce someone's words, verbs that state a claim, and verbs that
 * report a quotation only when they follow it. One list, so a verb is described once. Immutable.
 */
public final class ReportingVerbs {

    private static final Set<String> USES = Set.of("speech", "claim", "following");

    private final WordSet speech;
    private final WordSet claim;
    private final WordSet following;
    private final List<String[]> inflectionEndings;

    private ReportingVerbs() {
        ResourceFile file = ResourceFile.load(ReportingVerbs.class, "reporting-verbs.tsv");
        Set<String> speechVerbs = new HashSet<>();
        Set<String> claimVerbs = new HashSet<>();
        Set<String> followingVerbs = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2 || !seen.add(row.first())) {
                throw file.error(row, "expected a verb, once, and where it applies: " + USES);
            }
            for (String use : row.column(1).split(" +")) {
                switch (use) {
                    case "speech" -> speechVerbs.add(row.first());
                    case "claim" -> claimVerbs.add(row.first());
                    case "following" -> followingVerbs.add(row.first());
                    default -> throw file.error(row, "unknown use " + use + ": expected one of " + USES);
                }
            }
        }
        speech = WordSet.of(speechVerbs);
        claim = WordSet.of(claimVerbs);
        following = WordSet.of(followingVerbs);
        inflectionEndings = endings("speech-verb-endings.tsv");
    }

    private static final class Holder {
        static final ReportingVerbs INSTANCE = new ReportingVerbs();
    }

    public static ReportingVerbs macedonian() {
        return Holder.INSTANCE;
    }

    private static List<String[]> endings(String fileName) {
        ResourceFile file = ResourceFile.load(ReportingVerbs.class, fileName);
        List<String[]> endings = new ArrayList<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2) {
                throw file.error(row, "expected an ending and its replacement");
            }
            endings.add(new String[] {row.column(0), row.column(1).equals("-") ? "" : row.column(1)});
        }
        return List.copyOf(endings);
    }

    /** Verbs that introduce someone's words (изјави, рече, соопшти): their subject speaks. */
    public WordSet speech() {
        return speech;
    }

    /** Lemmas of verbs that report a statement or an estimate (процени, соопшти): their subject is a claim's source. */
    public WordSet claim() {
        return claim;
    }

    /** Verbs that report a quotation only when they follow it (потврди, почна). */
    public WordSet following() {
        return following;
    }

    /**
     * Whether a word with this lemma and form introduces someone's words: the list holds lemmas
     * and the past forms a guessed lemma may miss, so either may match, and a plural past,
     * participle or verbal adverb matches through the listed form it is built on.
     */
    public boolean isSpeechVerb(String lemma, String form) {
        if (speech.contains(lemma) || speech.contains(form)) {
            return true;
        }
        // изјавија, изјавиле, оценувајќи: the plural past, participle or verbal adverb of a listed form
        for (String[] ending : inflectionEndings) {
            if (form.endsWith(ending[0]) && form.length() > ending[0].length() + 2
                    && speech.contains(form.substring(0, form.length() - ending[0].length()) + ending[1])) {
                return true;
            }
        }
        return false;
    }
}
