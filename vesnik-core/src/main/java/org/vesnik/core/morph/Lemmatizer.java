package org.vesnik.core.morph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vesnik.core.resources.ResourceFile;

/**
 * The readings of a Macedonian word out of context: listed forms first (pronouns, auxiliaries,
 * irregular words), then the lemmas its ending allows, those the lexicon knows before those it
 * does not. Thread-safe; load once with {@link #standard()}.
 */
public final class Lemmatizer {

    /**
     * A superlative or comparative prefix, written together (поголем) or with a hyphen (по-голем),
     * and whether it is read so even when the word has other known readings ({@code degree-prefixes.tsv}).
     */
    private record DegreePrefix(String prefix, boolean always) {
    }

    private static final List<DegreePrefix> DEGREE_PREFIXES = degreePrefixes();

    private final Lexicon lexicon;
    private final SuffixRules rules;
    private final FleetingVowels fleetingVowels;
    private final ExtraLexicon extra;

    private Lemmatizer(Lexicon lexicon, SuffixRules rules, FleetingVowels fleetingVowels, ExtraLexicon extra) {
        this.lexicon = lexicon;
        this.rules = rules;
        this.fleetingVowels = fleetingVowels;
        this.extra = extra;
    }

    private static final class Holder {
        static final Lemmatizer STANDARD = new Lemmatizer(Lexicon.load(), SuffixRules.load(), FleetingVowels.load(),
                word -> false);
    }

    /**
     * This lemmatizer with an extra lexicon (a Hunspell dictionary, say): among guessed lemmas,
     * words of {@code extraLexicon} come first; vesnik's own lexicon still comes before them.
     */
    public Lemmatizer withExtraLexicon(ExtraLexicon extraLexicon) {
        return new Lemmatizer(lexicon, rules, fleetingVowels, extraLexicon);
    }

    private static List<DegreePrefix> degreePrefixes() {
        ResourceFile file = ResourceFile.load(Lemmatizer.class, "degree-prefixes.tsv");
        List<DegreePrefix> prefixes = new ArrayList<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2 || !row.column(1).matches("always|when-unknown")
                    || prefixes.stream().anyMatch(p -> p.prefix().equals(row.first()))) {
                throw file.error(row, "expected a prefix, once, and always or when-unknown");
            }
            prefixes.add(new DegreePrefix(row.first(), row.column(1).equals("always")));
        }
        return List.copyOf(prefixes);
    }

    /** The lemmatizer with vesnik's own lexicon and rules; loaded on first use. */
    public static Lemmatizer standard() {
        return Holder.STANDARD;
    }

    /** The readings of {@code word}, likeliest first; never empty for a word with letters. */
    public List<Analysis> analyze(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<Analysis> listed = lexicon.readingsOf(lower);
        if (!listed.isEmpty()) {
            return listed;
        }
        List<Analysis> known = new ArrayList<>();
        List<Analysis> sure = new ArrayList<>();
        List<Analysis> guessed = new ArrayList<>();
        for (SuffixRules.Candidate candidate : rules.candidates(lower)) {
            classify(candidate, known, sure, guessed);
        }
        // the lexicon's lemmas before those of sure endings: врските is врска, not an adjective in -ски
        known.addAll(sure);
        preferExtraLexiconWords(guessed);
        addComparatives(lower, known);
        if (lexicon.knows(lower, Upos.ADV)) {
            // a listed adverb (исто, тука) before the adjective or verb its ending suggests
            known.add(0, new Analysis(lower, Upos.ADV, true));
        }
        Set<Analysis> ordered = new LinkedHashSet<>(known);
        ordered.addAll(guessed);
        return List.copyOf(ordered);
    }

    /**
     * Guessed lemmas that are words of the extra lexicon go before the other guesses, in the
     * rules' order. They stay guesses: the extra lexicon knows names too, and a capitalised word
     * inside a sentence that vesnik does not know is still taken for a name.
     */
    private void preferExtraLexiconWords(List<Analysis> guessed) {
        List<Analysis> confirmed = new ArrayList<>();
        for (Analysis guess : guessed) {
            if (extra.isWord(guess.lemma())) {
                confirmed.add(guess);
            }
        }
        guessed.removeAll(confirmed);
        guessed.addAll(0, confirmed);
    }

    private void classify(SuffixRules.Candidate candidate, List<Analysis> known, List<Analysis> sure,
                          List<Analysis> guessed) {
        String lemma = candidate.lemma();
        Upos upos = candidate.upos();
        if (lexicon.knows(lemma, upos)) {
            known.add(new Analysis(lemma, upos, true));
            return;
        }
        List<String> restored = upos == Upos.NOUN || upos == Upos.ADJ ? fleetingVowels.restore(lemma) : List.of();
        for (String full : restored) {
            if (lexicon.knows(full, upos)) {
                known.add(new Analysis(full, upos, true));
                return;
            }
        }
        SuffixRules.Trust trust = candidate.trust();
        if (trust == SuffixRules.Trust.LEXICON || trust == SuffixRules.Trust.FLEETING && restored.isEmpty()) {
            return;
        }
        boolean isSure = trust == SuffixRules.Trust.SURE;
        String best = restored.isEmpty() ? lemma : restored.get(0);
        (isSure ? sure : guessed).add(new Analysis(best, upos, isSure));
    }

    /**
     * {@code најголемиот}, {@code поголема}: the superlative or comparative of a known adjective
     * or adverb, first. The comparative по- only when nothing else is known, as по- is also a
     * verb prefix (потоне).
     */
    private void addComparatives(String lower, List<Analysis> known) {
        List<Analysis> degrees = new ArrayList<>();
        for (DegreePrefix degree : DEGREE_PREFIXES) {
            String prefix = degree.prefix();
            if (lower.startsWith(prefix) && lower.length() > prefix.length() + 2 && (degree.always() || known.isEmpty())) {
                for (Analysis base : analyze(lower.substring(prefix.length()))) {
                    if (base.known() && (base.upos() == Upos.ADJ || base.upos() == Upos.ADV)) {
                        degrees.add(base);
                    }
                }
            }
        }
        known.addAll(0, degrees);
    }
}
