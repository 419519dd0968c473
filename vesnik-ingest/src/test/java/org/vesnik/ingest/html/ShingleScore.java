package org.vesnik.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java port of the article-extraction benchmark's scoring ({@code evaluate.py}): 4-gram shingles
 * of word tokens, their true and false positives and false negatives normalised per page, and
 * precision and recall averaged over pages, F1 from the two averages.
 */
final class ShingleScore {

    /** Python's {@code \w+}: letters, digits and the underscore (marks are not word characters there). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    private final List<double[]> pages = new ArrayList<>();

    /** Scores one page's extracted text against its true body. */
    void add(String truth, String extracted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(extracted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Map<List<String>, Integer> all = new HashMap<>(t);
        p.forEach((k, v) -> all.merge(k, 0, (a, b) -> a));
        for (List<String> key : all.keySet()) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        pages.add(sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0});
    }

    double precision() {
        return pages.stream().filter(s -> s[0] + s[1] > 0).mapToDouble(s -> score(s[0], s[1], s[2])).average().orElse(0);
    }

    double recall() {
        return pages.stream().filter(s -> s[0] + s[2] > 0).mapToDouble(s -> score(s[0], s[2], s[1])).average().orElse(0);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Precision (or, with the error kinds swapped, recall) as evaluate.py defines it for one page. */
    private static double score(double tp, double wrong, double other) {
        if (wrong == 0 && other == 0) {
            return 1;
        }
        if (tp == 0 && wrong == 0) {
            return 0;
        }
        return tp / (tp + wrong);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> shingles = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + 4));
            if (!shingle.isEmpty()) {
                shingles.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return shingles;
    }
}
