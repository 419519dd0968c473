package org.vesnik.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Java port of the parts of {@code shared/tools/conllu_eval.py} that score tokens and
 * sentences, so a test can hold the accuracy bars without Python: gold sentences are joined into
 * running text the same way, and spans are compared over the text with whitespace removed.
 */
public final class ConlluScore {

    /** A gold sentence: its {@code # text} and its token forms. */
    public record GoldSentence(String text, List<String> forms) {
    }

    /** F1 scores in percent. */
    public record Scores(double tokensF1, double sentencesF1) {
    }

    private ConlluScore() {
    }

    public static List<GoldSentence> read(Path conllu) throws IOException {
        List<GoldSentence> sentences = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        String text = null;
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                if (!forms.isEmpty()) {
                    sentences.add(new GoldSentence(text, List.copyOf(forms)));
                    forms.clear();
                    text = null;
                }
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("# text =")) {
                    text = line.substring("# text =".length()).strip();
                }
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 10 || cols[0].contains("-") || cols[0].contains(".")) {
                continue;
            }
            forms.add(cols[1]);
        }
        if (!forms.isEmpty()) {
            sentences.add(new GoldSentence(text, List.copyOf(forms)));
        }
        return sentences;
    }

    /** The running text the evaluation tool builds from gold (its {@code raw} command). */
    public static String rawText(List<GoldSentence> gold) {
        final int perParagraph = 6;
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            String t = gold.get(i).text();
            current.add(t);
            String next = i + 1 < gold.size() ? stripLeading(gold.get(i + 1).text(), "„\"“”«»' ") : "";
            String stripped = t.stripTrailing();
            String last = stripped.isEmpty() ? "" : stripped.substring(stripped.length() - 1);
            boolean endsWithTerminal = !last.isEmpty() && ".!?…“”\"»".contains(last);
            boolean nextLower = !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
            if (current.size() == perParagraph || !endsWithTerminal || nextLower) {
                paragraphs.add(String.join(" ", current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(String.join(" ", current));
        }
        return String.join("\n\n", paragraphs) + "\n";
    }

    private static String stripLeading(String s, String chars) {
        int i = 0;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }

    /**
     * Scores system sentences, each a list of token forms, against gold: spans over the text
     * with whitespace removed, as in the CoNLL 2018 shared task.
     */
    public static Scores score(List<GoldSentence> gold, List<List<String>> system) {
        Spans g = spans(gold.stream().map(GoldSentence::forms).toList());
        Spans s = spans(system);
        Set<Long> systemTokens = new HashSet<>(s.tokens);
        long matchedTokens = g.tokens.stream().filter(systemTokens::contains).count();
        Set<Long> systemSentences = new HashSet<>(s.sentences);
        long matchedSentences = g.sentences.stream().filter(systemSentences::contains).count();
        return new Scores(f1(g.tokens.size(), s.tokens.size(), matchedTokens),
                f1(g.sentences.size(), s.sentences.size(), matchedSentences));
    }

    private record Spans(List<Long> tokens, List<Long> sentences) {
    }

    private static Spans spans(List<List<String>> sentences) {
        List<Long> tokens = new ArrayList<>();
        List<Long> sents = new ArrayList<>();
        long pos = 0;
        for (List<String> forms : sentences) {
            long s0 = pos;
            for (String form : forms) {
                long n = form.codePoints().filter(c -> !Character.isWhitespace(c)).count();
                tokens.add(pos << 32 | (pos + n));
                pos += n;
            }
            sents.add(s0 << 32 | pos);
        }
        return new Spans(tokens, sents);
    }

    private static double f1(long gold, long system, long matched) {
        double p = system == 0 ? 0 : (double) matched / system;
        double r = gold == 0 ? 0 : (double) matched / gold;
        return p + r == 0 ? 0 : 100 * 2 * p * r / (p + r);
    }
}
