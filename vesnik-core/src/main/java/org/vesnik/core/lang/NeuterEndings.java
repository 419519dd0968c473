package org.vesnik.core.lang;

import java.util.ArrayList;
import java.util.List;
import org.vesnik.core.resources.ResourceFile;

/** The endings of neuter words ({@code neuter-endings.tsv}), for telling an adverb from an adjective. Immutable. */
public final class NeuterEndings {

    private final List<String> adverb = new ArrayList<>();
    private final List<String> article = new ArrayList<>();
    private final List<String> noun = new ArrayList<>();

    private NeuterEndings() {
        ResourceFile file = ResourceFile.load(NeuterEndings.class, "neuter-endings.tsv");
        for (ResourceFile.Row row : file.rows()) {
            List<String> kind = row.columns().size() != 2 ? null : switch (row.column(1)) {
                case "adverb" -> adverb;
                case "article" -> article;
                case "noun" -> noun;
                default -> null;
            };
            if (kind == null) {
                throw file.error(row, "expected an ending and adverb, article or noun");
            }
            kind.add(row.first());
        }
    }

    private static final class Holder {
        static final NeuterEndings INSTANCE = new NeuterEndings();
    }

    public static NeuterEndings macedonian() {
        return Holder.INSTANCE;
    }

    /** A lower-case word with the neuter ending an adjective shares with its adverb (бавно), not the article's (малото). */
    public boolean endsAsAdverb(String lower) {
        return endsWithAny(lower, adverb) && !endsWithAny(lower, article);
    }

    /** A lower-case word with a neuter noun's ending (село, дете). */
    public boolean endsAsNeuterNoun(String lower) {
        return endsWithAny(lower, noun);
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
