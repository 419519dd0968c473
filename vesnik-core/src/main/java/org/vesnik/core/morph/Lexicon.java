package org.vesnik.core.morph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vesnik.core.resources.ResourceFile;

/**
 * What vesnik knows of Macedonian words: closed-class forms and irregular forms with their
 * readings ({@code closed-class.tsv}, {@code irregular-forms.tsv}), and the lemmas of the open
 * classes, one file each ({@code nouns.txt}, {@code adjectives.txt}, {@code verbs.txt},
 * {@code adverbs.txt}). Immutable.
 */
final class Lexicon {

    private final Map<String, List<Analysis>> formReadings;
    private final Map<Upos, Set<String>> lemmas;

    private Lexicon(Map<String, List<Analysis>> formReadings, Map<Upos, Set<String>> lemmas) {
        this.formReadings = formReadings;
        this.lemmas = lemmas;
    }

    static Lexicon load() {
        Map<String, List<Analysis>> forms = new HashMap<>();
        readForms(forms, "closed-class.tsv");
        readForms(forms, "irregular-forms.tsv");
        Map<Upos, Set<String>> lemmas = new EnumMap<>(Upos.class);
        readLemmas(lemmas, "nouns.txt", Upos.NOUN);
        readLemmas(lemmas, "adjectives.txt", Upos.ADJ);
        readLemmas(lemmas, "verbs.txt", Upos.VERB);
        readLemmas(lemmas, "adverbs.txt", Upos.ADV);
        Map<String, List<Analysis>> frozen = new HashMap<>();
        forms.forEach((form, readings) -> frozen.put(form, List.copyOf(readings)));
        return new Lexicon(Map.copyOf(frozen), Map.copyOf(lemmas));
    }

    private static void readForms(Map<String, List<Analysis>> forms, String fileName) {
        ResourceFile file = ResourceFile.load(Lexicon.class, fileName);
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 3) {
                throw file.error(row, "expected form, lemma and UPOS");
            }
            String form = row.first();
            if (!form.equals(form.toLowerCase(Locale.ROOT))) {
                throw file.error(row, "forms are lower case");
            }
            Upos upos;
            try {
                upos = Upos.valueOf(row.column(2));
            } catch (IllegalArgumentException e) {
                throw file.error(row, "unknown UPOS " + row.column(2));
            }
            Analysis analysis = new Analysis(row.column(1), upos, true);
            List<Analysis> readings = forms.computeIfAbsent(form, f -> new ArrayList<>());
            if (readings.contains(analysis)) {
                throw file.error(row, "duplicate reading of " + form);
            }
            readings.add(analysis);
        }
    }

    private static void readLemmas(Map<Upos, Set<String>> lemmas, String fileName, Upos upos) {
        ResourceFile file = ResourceFile.load(Lexicon.class, fileName);
        Set<String> set = new HashSet<>();
        for (ResourceFile.Row row : file.rows()) {
            for (String column : row.columns()) {
                for (String word : column.split(" +")) {
                    if (!word.isEmpty()) {
                        set.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        lemmas.put(upos, Set.copyOf(set));
    }

    /** The listed readings of a closed-class or irregular form, or an empty list. */
    List<Analysis> readingsOf(String form) {
        return formReadings.getOrDefault(form, List.of());
    }

    boolean knows(String lemma, Upos upos) {
        Set<String> set = lemmas.get(upos);
        return set != null && set.contains(lemma);
    }

    boolean knowsAny(String lemma) {
        for (Set<String> set : lemmas.values()) {
            if (set.contains(lemma)) {
                return true;
            }
        }
        return false;
    }
}
