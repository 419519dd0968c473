package org.vesnik.core.langid;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells Macedonian from the languages around it and those news quotes most (Bulgarian, Serbian
 * in both scripts, Russian, Ukrainian, Albanian, Turkish, English, Croatian, Bosnian, Greek).
 * First the letters: a language whose alphabet lacks letters the text keeps using is ruled out,
 * so a Macedonian text with ќ, ѓ or ѕ is decided without any model. Only when several languages
 * are left does lingua compare them, and lingua loads only those languages' models, on first use.
 * Thread-safe.
 */
public final class LanguageIdentifier {

    /** Share of a text's letters that may fall outside a language's alphabet (names, quotes). */
    private static final double FOREIGN_LETTER_SHARE = 0.01;

    /**
     * lingua's values are each language's share of the best one's n-gram log-likelihood, so a
     * small step below 1 is a large difference in likelihood: its log is scaled up. The three
     * weights were chosen on the team's own Bulgarian and Serbian sentences and on Macedonian
     * dev sentences (see LanguageIdentifierTest).
     */
    private static final double MODEL_WEIGHT = 20;
    /** How much one marker word counts, in log odds: e² (7.4) times likelier. */
    private static final double MARKER_WEIGHT = 2;
    /** Keeps a language lingua gives 0 from being ruled out by the model alone. */
    private static final double MIN_PROBABILITY = 1e-4;

    private final List<LanguageProfile> profiles = LanguageProfile.loadAll();
    private final MarkerWords markerWords = MarkerWords.load(profiles);
    // letter → bit set of the profiles whose alphabet has it
    private final Map<Character, Long> alphabetsByLetter = new HashMap<>();
    private final Map<Long, LanguageDetector> detectors = new ConcurrentHashMap<>();

    public LanguageIdentifier() {
        for (int i = 0; i < profiles.size(); i++) {
            for (char letter : profiles.get(i).letters().toCharArray()) {
                alphabetsByLetter.merge(letter, 1L << i, (a, b) -> a | b);
            }
        }
    }

    /** The language of {@code text}. */
    public LanguageGuess identify(CharSequence text) {
        String script = mainScript(text);
        if (script == null) {
            return LanguageGuess.undetermined();
        }
        Candidates found = candidates(text, script);
        long candidates = found.languages();
        if (Long.bitCount(candidates) == 1) {
            // sure as far as the letters fit: a text mixing languages fits no alphabet well
            return new LanguageGuess(profiles.get(Long.numberOfTrailingZeros(candidates)).code(), script, found.fit());
        }
        Map<Language, Double> confidences = detectors
                .computeIfAbsent(candidates, this::detector)
                .computeLanguageConfidenceValues(text.toString());
        int[] markers = markerWords.count(text, candidates);
        // log-linear: the model's probability, each marker word, and the prior
        double[] scores = new double[profiles.size()];
        double bestScore = Double.NEGATIVE_INFINITY;
        int best = -1;
        for (int i = 0; i < profiles.size(); i++) {
            if ((candidates & (1L << i)) == 0) {
                continue;
            }
            LanguageProfile profile = profiles.get(i);
            double probability = profile.modelValue(confidences);
            scores[i] = MODEL_WEIGHT * Math.log(probability + MIN_PROBABILITY)
                    + MARKER_WEIGHT * markers[i] + Math.log(profile.prior());
            if (scores[i] > bestScore) {
                bestScore = scores[i];
                best = i;
            }
        }
        double total = 0;
        for (int i = 0; i < profiles.size(); i++) {
            if ((candidates & (1L << i)) != 0) {
                total += Math.exp(scores[i] - bestScore);
            }
        }
        return new LanguageGuess(profiles.get(best).code(), script, 1 / total);
    }

    /** {@code Cyrl}, {@code Latn} or {@code Grek}: the script most of the letters are in; null without letters. */
    private static String mainScript(CharSequence text) {
        int cyrillic = 0;
        int latin = 0;
        int greek = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (scriptOf(c)) {
                case "Cyrl" -> cyrillic++;
                case "Latn" -> latin++;
                case "Grek" -> greek++;
                default -> { }
            }
        }
        if (cyrillic + latin + greek == 0) {
            return null;
        }
        if (cyrillic >= latin && cyrillic >= greek) {
            return "Cyrl";
        }
        return latin >= greek ? "Latn" : "Grek";
    }

    /**
     * The languages of {@code script} whose alphabets hold all but a few of the text's letters
     * in that script; if none does, those that miss the fewest, with the share of letters they fit.
     */
    private record Candidates(long languages, double fit) {
    }

    private Candidates candidates(CharSequence text, String script) {
        long inScript = 0;
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).script().equals(script)) {
                inScript |= 1L << i;
            }
        }
        int[] misses = new int[profiles.size()];
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || !script.equals(scriptOf(c))) {
                continue;
            }
            letters++;
            long having = alphabetsByLetter.getOrDefault(Character.toLowerCase(c), 0L);
            long missing = inScript & ~having;
            while (missing != 0) {
                misses[Long.numberOfTrailingZeros(missing)]++;
                missing &= missing - 1;
            }
        }
        long allowed = 0;
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < profiles.size(); i++) {
            if ((inScript & (1L << i)) != 0) {
                fewest = Math.min(fewest, misses[i]);
            }
        }
        int tolerated = Math.max(fewest, (int) (letters * FOREIGN_LETTER_SHARE));
        for (int i = 0; i < profiles.size(); i++) {
            if ((inScript & (1L << i)) != 0 && misses[i] <= tolerated) {
                allowed |= 1L << i;
            }
        }
        double fit = letters == 0 ? 0 : 1 - (double) fewest / letters;
        return new Candidates(allowed, fewest <= letters * FOREIGN_LETTER_SHARE ? 1.0 : fit);
    }

    private static String scriptOf(char c) {
        return switch (Character.UnicodeScript.of(c)) {
            case CYRILLIC -> "Cyrl";
            case LATIN -> "Latn";
            case GREEK -> "Grek";
            default -> "";
        };
    }

    private LanguageDetector detector(long candidates) {
        List<Language> languages = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            if ((candidates & (1L << i)) == 0) {
                continue;
            }
            for (Language language : profiles.get(i).models()) {
                if (!languages.contains(language)) {
                    languages.add(language);
                }
            }
        }
        return LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new)).build();
    }
}
