package org.vesnik.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Java port of {@code shared/tools/conllu_eval.py}'s scores of tokens, sentences, lemmas and
 * UPOS tags, so a test can hold the accuracy bars without Python: gold sentences are joined into
 * running text the same way, and spans are compared over the text with whitespace removed.
 */
public final class ConlluScore {

    /** A gold sentence: its {@code # text} and its token forms, lemmas and UPOS tags. */
    public record GoldSentence(String text, List<String> forms, List<String> lemmas, List<String> tags) {
    }

    /** A system word: its form, lemma and UPOS tag. */
    public record Word(String form, String lemma, String upos) {
    }

    /** Lemma (caseless, NFC) and UPOS F1 in percent, as the tool's lemma_f1_caseless and upos_f1. */
    public record WordScores(double lemmaF1Caseless, double uposF1) {
    }

    /** F1 scores in percent. */
    public record Scores(double tokensF1, double sentencesF1) {
    }

    private ConlluScore() {
    }

    public static List<GoldSentence> read(Path conllu) throws IOException {
        List<GoldSentence> sentences = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String text = null;
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                if (!forms.isEmpty()) {
                    sentences.add(new GoldSentence(text, List.copyOf(forms), List.copyOf(lemmas), List.copyOf(tags)));
                    forms.clear();
                    lemmas.clear();
                    tags.clear();
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
            lemmas.add(cols[2]);
            tags.add(cols[3]);
        }
        if (!forms.isEmpty()) {
            sentences.add(new GoldSentence(text, List.copyOf(forms), List.copyOf(lemmas), List.copyOf(tags)));
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

    /** Lemmas and tags of the system words whose spans match gold tokens, scored as the tool does. */
    public static WordScores scoreWords(List<GoldSentence> gold, List<Word> system) {
        Map<Long, Word> bySpan = new HashMap<>();
        long pos = 0;
        for (Word word : system) {
            long n = nonSpace(word.form());
            bySpan.put(pos << 32 | (pos + n), word);
            pos += n;
        }
        long goldCount = 0;
        long lemmas = 0;
        long tags = 0;
        pos = 0;
        for (GoldSentence sentence : gold) {
            for (int i = 0; i < sentence.forms().size(); i++) {
                long n = nonSpace(sentence.forms().get(i));
                Word word = bySpan.get(pos << 32 | (pos + n));
                pos += n;
                goldCount++;
                if (word == null) {
                    continue;
                }
                String goldLemma = Normalizer.normalize(sentence.lemmas().get(i), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                String systemLemma = Normalizer.normalize(word.lemma(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                if (goldLemma.equals(systemLemma)) {
                    lemmas++;
                }
                if (sentence.tags().get(i).equals(word.upos())) {
                    tags++;
                }
            }
        }
        return new WordScores(f1(goldCount, system.size(), lemmas), f1(goldCount, system.size(), tags));
    }

    private static long nonSpace(String form) {
        return form.codePoints().filter(c -> !Character.isWhitespace(c)).count();
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
