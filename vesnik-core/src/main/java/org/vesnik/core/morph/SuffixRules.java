package org.vesnik.core.morph;

import java.util.ArrayList;
import java.util.List;
import org.vesnik.core.resources.ResourceFile;

/** The inflectional endings of {@code suffix-rules.tsv}, in the file's order. */
final class SuffixRules {

    private record Rule(String ending, String replacement, Upos upos, int minStem, boolean sure) {
    }

    private final List<Rule> rules;

    private SuffixRules(List<Rule> rules) {
        this.rules = rules;
    }

    static SuffixRules load() {
        ResourceFile file = ResourceFile.load(SuffixRules.class, "suffix-rules.tsv");
        List<Rule> rules = new ArrayList<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 5 || !(row.column(4).equals("sure") || row.column(4).equals("guess"))) {
                throw file.error(row, "expected ending, replacement, UPOS, minimum stem length and sure|guess");
            }
            try {
                rules.add(new Rule(dash(row.first()), dash(row.column(1)), Upos.valueOf(row.column(2)),
                        Integer.parseInt(row.column(3)), row.column(4).equals("sure")));
            } catch (IllegalArgumentException e) {
                throw file.error(row, e.getMessage());
            }
        }
        return new SuffixRules(List.copyOf(rules));
    }

    private static String dash(String value) {
        return "-".equals(value) ? "" : value;
    }

    /**
     * Every lemma the rules allow for {@code word} (lower case), the likeliest rule first;
     * {@link Analysis#known()} marks the readings of sure endings.
     */
    List<Analysis> candidates(String word) {
        List<Analysis> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (word.endsWith(rule.ending()) && word.length() - rule.ending().length() >= rule.minStem()) {
                String lemma = word.substring(0, word.length() - rule.ending().length()) + rule.replacement();
                out.add(new Analysis(lemma, rule.upos(), rule.sure()));
            }
        }
        return out;
    }
}
