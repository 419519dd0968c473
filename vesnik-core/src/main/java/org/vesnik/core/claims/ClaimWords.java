package org.vesnik.core.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vesnik.core.lang.ReportingVerbs;
import org.vesnik.core.resources.ResourceFile;
import org.vesnik.core.resources.WordSet;

/** The words claims are read with: hedges, epistemic markers, reporting verbs, number words, units. Immutable. */
final class ClaimWords {

    /** A phrase of one or more words and its meaning. */
    record PhraseMeaning(String[] words, String meaning) {
    }

    /** A number word's value and how it combines: added, multiplying what came before, or a vague least value. */
    record NumberWord(long value, String mode) {
    }

    /** A unit word or sign: percent or money, with its code. */
    record Unit(String kind, String code) {
    }

    final List<PhraseMeaning> hedges;
    final List<PhraseMeaning> epistemic;
    final WordSet reportingVerbs = ReportingVerbs.macedonian().claim();
    final Map<String, NumberWord> numberWords;
    final Map<String, Unit> units;

    private ClaimWords() {
        hedges = phrases("hedges.tsv");
        epistemic = phrases("epistemic-markers.tsv");
        numberWords = new HashMap<>();
        ResourceFile numbers = ResourceFile.load(ClaimWords.class, "number-words.tsv");
        for (ResourceFile.Row row : numbers.rows()) {
            if (row.columns().size() != 3 || !row.column(2).matches("add|multiply|vague")) {
                throw numbers.error(row, "expected word, value and add|multiply|vague");
            }
            if (numberWords.put(row.first(), new NumberWord(Long.parseLong(row.column(1)), row.column(2))) != null) {
                throw numbers.error(row, "duplicate number word " + row.first());
            }
        }
        units = new HashMap<>();
        ResourceFile unitFile = ResourceFile.load(ClaimWords.class, "units.tsv");
        for (ResourceFile.Row row : unitFile.rows()) {
            if (row.columns().size() != 3 || !row.column(1).matches("percent|money")) {
                throw unitFile.error(row, "expected form, percent|money and unit");
            }
            if (units.put(row.first(), new Unit(row.column(1), row.column(2))) != null) {
                throw unitFile.error(row, "duplicate unit " + row.first());
            }
        }
    }

    private static final class Holder {
        static final ClaimWords INSTANCE = new ClaimWords();
    }

    static ClaimWords instance() {
        return Holder.INSTANCE;
    }

    /** Phrases sorted longest first, so that the longer of two matching phrases wins. */
    private static List<PhraseMeaning> phrases(String file) {
        ResourceFile resource = ResourceFile.load(ClaimWords.class, file);
        List<PhraseMeaning> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ResourceFile.Row row : resource.rows()) {
            if (row.columns().size() != 2) {
                throw resource.error(row, "expected a phrase and its meaning");
            }
            if (!seen.add(row.first())) {
                throw resource.error(row, "duplicate phrase " + row.first());
            }
            list.add(new PhraseMeaning(row.first().split(" "), row.column(1)));
        }
        list.sort((a, b) -> b.words().length - a.words().length);
        return List.copyOf(list);
    }
}
