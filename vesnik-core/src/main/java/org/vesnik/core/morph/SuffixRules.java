package org.vesnik.core.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vesnik.core.lang.Letters;
import org.vesnik.core.resources.ResourceFile;

/** The inflectional endings of {@code suffix-rules.tsv}, in the file's order. */
final class SuffixRules {

    private record Rule(String ending, String replacement, Upos upos, int minStem, int minSyllables, Trust trust) {
    }

    /** How far a rule's lemma is believed without the lexicon. */
    enum Trust {
        /** Only one kind of word ends so: believed. */
        SURE,
        /** A guess, taken when nothing better is known. */
        GUESS,
        /** Only when the lexicon knows the lemma. */
        LEXICON,
        /** A guess, only where the stem has lost a fleeting vowel. */
        FLEETING
    }

    private final List<Rule> rules;

    private SuffixRules(List<Rule> rules) {
        this.rules = rules;
    }

    static SuffixRules load() {
        ResourceFile file = ResourceFile.load(SuffixRules.class, "suffix-rules.tsv");
        List<Rule> rules = new ArrayList<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 5 || !row.column(4).matches("sure|guess|lexicon|fleeting")) {
                throw file.error(row, "expected ending, replacement, UPOS, minimum stem length and sure|guess|lexicon|fleeting");
            }
            try {
                String minimum = row.column(3);
                boolean syllables = minimum.endsWith("s");
                int value = Integer.parseInt(syllables ? minimum.substring(0, minimum.length() - 1) : minimum);
                rules.add(new Rule(dash(row.first()), dash(row.column(1)), Upos.valueOf(row.column(2)),
                        syllables ? 1 : value, syllables ? value : 0, Trust.valueOf(row.column(4).toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw file.error(row, e.getMessage());
            }
        }
        return new SuffixRules(List.copyOf(rules));
    }

    /** Vowels in {@code word[0, end)}; a syllabic р between consonants counts too (црква). */
    static int syllables(String word, int end) {
        int count = 0;
        for (int i = 0; i < end; i++) {
            char c = word.charAt(i);
            if (FleetingVowels.isVowel(c)
                    || Letters.macedonian().isSyllabic(c) && (i == 0 || !FleetingVowels.isVowel(word.charAt(i - 1)))
                    && i + 1 < end && !FleetingVowels.isVowel(word.charAt(i + 1))) {
                count++;
            }
        }
        return count;
    }

    private static String dash(String value) {
        return "-".equals(value) ? "" : value;
    }

    /** A lemma a rule allows, with how far to trust it. */
    record Candidate(String lemma, Upos upos, Trust trust) {
    }

    /** Every lemma the rules allow for {@code word} (lower case), the likeliest rule first. */
    List<Candidate> candidates(String word) {
        List<Candidate> out = new ArrayList<>();
        for (Rule rule : rules) {
            int stemLength = word.length() - rule.ending().length();
            if (word.endsWith(rule.ending()) && stemLength >= rule.minStem()
                    && (rule.minSyllables() == 0 || syllables(word, stemLength) >= rule.minSyllables())) {
                String lemma = word.substring(0, stemLength) + rule.replacement();
                out.add(new Candidate(lemma, rule.upos(), rule.trust()));
            }
        }
        return out;
    }
}
