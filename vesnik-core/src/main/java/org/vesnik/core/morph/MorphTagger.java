package org.vesnik.core.morph;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.lang.NeuterEndings;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;

/**
 * Gives every token a lemma and a UPOS tag: the lemmatizer's readings of each word, chosen by
 * the words around it (a verb after {@code да}, {@code ќе} or a clitic pronoun and before
 * {@code дека}; a noun or an adjective after a preposition), and proper names found by their
 * capital letter (inside a sentence, before another name, or seen inside a sentence elsewhere).
 */
public final class MorphTagger implements Stage {

    private static final NeuterEndings NEUTER = NeuterEndings.macedonian();

    private final Lemmatizer lemmatizer;
    private final FunctionWords functionWords = FunctionWords.macedonian();
    private final TaggerWords taggerWords = new TaggerWords();

    public MorphTagger(Lemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    public MorphTagger() {
        this(Lemmatizer.standard());
    }

    @Override
    public List<Layer<?>> needs() {
        return List.of(CleanText.LAYER, TokenList.LAYER, Sentence.LAYER);
    }

    @Override
    public List<Layer<?>> adds() {
        return List.of(Morphology.LAYER);
    }

    @Override
    public boolean macedonianOnly() {
        return true;
    }

    @Override
    public void annotate(Document document) {
        String text = document.get(CleanText.LAYER).text();
        TokenList tokens = document.get(TokenList.LAYER);
        int n = tokens.size();
        String[] lemmas = new String[n];
        Upos[] tags = new Upos[n];
        Set<String> namesInsideSentences = namesInsideSentences(text, tokens, document.get(Sentence.LAYER));
        for (Sentence sentence : document.get(Sentence.LAYER)) {
            boolean first = true;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                String form = text.substring(tokens.cleanStart(t), tokens.cleanEnd(t));
                TokenKind kind = tokens.kind(t);
                if (kind != TokenKind.WORD) {
                    lemmas[t] = form;
                    tags[t] = isSymbol(form) ? Upos.SYM : tagOfNonWord(kind);
                    continue;
                }
                Analysis chosen = choose(form, first, t > sentence.firstToken() ? tags[t - 1] : null,
                        t > sentence.firstToken() ? lemmas[t - 1] : null,
                        t + 1 < sentence.endToken() ? text.substring(tokens.cleanStart(t + 1), tokens.cleanEnd(t + 1)) : null,
                        namesInsideSentences);
                lemmas[t] = chosen.upos() == Upos.PROPN ? chosen.lemma() : chosen.lemma().toLowerCase(Locale.ROOT);
                tags[t] = chosen.upos();
                first = false;
            }
        }
        document.add(Morphology.LAYER, new Morphology(lemmas, tags, lemmatizer));
    }

    private static Upos tagOfNonWord(TokenKind kind) {
        return switch (kind) {
            case NUMBER -> Upos.NUM;
            case PUNCTUATION, QUOTE -> Upos.PUNCT;
            case SYMBOL -> Upos.SYM;
            case ABBREVIATION -> Upos.NOUN;
            default -> Upos.X;
        };
    }

    /** Currency, mathematical and per-cent signs are symbols, not punctuation (UD). */
    private static boolean isSymbol(String form) {
        if (form.length() != 1) {
            return false;
        }
        int type = Character.getType(form.charAt(0));
        return type == Character.CURRENCY_SYMBOL || type == Character.MATH_SYMBOL || "%‰°".indexOf(form.charAt(0)) >= 0;
    }

    /** Capitalised words seen after a sentence's first word: names, wherever else they stand. */
    private static Set<String> namesInsideSentences(String text, TokenList tokens, List<Sentence> sentences) {
        Set<String> names = new HashSet<>();
        for (Sentence sentence : sentences) {
            for (int t = sentence.firstToken() + 1; t < sentence.endToken(); t++) {
                if (tokens.kind(t) == TokenKind.WORD && Character.isUpperCase(text.charAt(tokens.cleanStart(t)))) {
                    String previous = text.substring(tokens.cleanStart(t - 1), tokens.cleanEnd(t - 1));
                    if (!previous.equals("„") && !previous.equals("\"") && !previous.equals(":")) {
                        names.add(text.substring(tokens.cleanStart(t), tokens.cleanEnd(t)));
                    }
                }
            }
        }
        return names;
    }

    private Analysis choose(String form, boolean sentenceStart, Upos previousTag, String previousLemma,
                            String next, Set<String> names) {
        List<Analysis> readings = lemmatizer.analyze(form);
        boolean capital = Character.isUpperCase(form.charAt(0));
        boolean listedOrKnown = !readings.isEmpty() && readings.get(0).known();
        if (!isCyrillic(form)) {
            return new Analysis(form, capital ? Upos.PROPN : Upos.X, false);
        }
        boolean nameFollows = next != null && Character.isUpperCase(next.charAt(0)) && isCyrillic(next);
        boolean seenAsName = sentenceStart && names.contains(form) && readings.get(0).upos().isOpen();
        // a capitalised verb inside a sentence is a name whose ending looks like a verb's (Кореја)
        boolean capitalisedVerb = !sentenceStart && readings.get(0).upos() == Upos.VERB;
        if (capital && (seenAsName || capitalisedVerb || !listedOrKnown && (!sentenceStart || nameFollows))) {
            return new Analysis(form, Upos.PROPN, false);
        }
        if (readings.size() == 1) {
            return adverbOrAdjective(form, readings, readings.get(0), previousTag, next);
        }
        if (taggerWords.isCopula(previousLemma, readings.get(0).lemma(), form)) {
            Analysis auxiliary = first(readings, Upos.AUX);
            if (auxiliary != null) {
                return auxiliary; // тие се, ти си: the verb 'to be'
            }
        }
        if (taggerWords.isParticleUnlessVerbFollows(form) && next != null) {
            // ни before a verb is 'us' (ни рече); elsewhere 'not even' (ни збор)
            Analysis particle = first(readings, Upos.PART);
            if (particle != null && firstVerb(lemmatizer.analyze(next)) == null) {
                return particle;
            }
        }
        if (sentenceStart) {
            Analysis particle = first(readings, Upos.PART);
            if (particle != null && particle.lemma().length() <= 2) {
                return particle; // sentence-initial Но, А, И
            }
        }
        if (functionWords.makesConjunction(next)) {
            Analysis conjunction = first(readings, Upos.CCONJ);
            if (conjunction != null) {
                return conjunction; // за да
            }
        }
        boolean clauseFollows = functionWords.isComplementizer(next) || ":".equals(next);
        if ((clauseFollows || previousTag != null && expectsVerb(previousTag, previousLemma)) && !isClitic(readings)) {
            Analysis verb = firstVerb(readings);
            if (verb != null) {
                return verb;
            }
        }
        if (previousTag == Upos.ADP) {
            for (Analysis reading : readings) {
                if (reading.upos() != Upos.VERB && reading.upos() != Upos.AUX) {
                    return reading;
                }
            }
        }
        Analysis attributive = adjectiveBeforeNoun(readings, next);
        if (attributive != null) {
            return attributive;
        }
        return adverbOrAdjective(form, readings, readings.get(0), previousTag, next);
    }

    /**
     * An unknown word before a known noun is its adjective (Macedonian puts the adjective first:
     * огромно лице), when the rules allow an adjective reading.
     */
    private Analysis adjectiveBeforeNoun(List<Analysis> readings, String next) {
        Analysis first = readings.get(0);
        if (first.known() || first.upos() != Upos.NOUN || next == null || !Character.isLetter(next.charAt(0))) {
            return null;
        }
        Analysis nextReading = lemmatizer.analyze(next).get(0);
        if (nextReading.upos() != Upos.NOUN || !nextReading.known()) {
            return null;
        }
        return first(readings, Upos.ADJ);
    }

    /**
     * The neuter of an adjective is also its adverb (бавно, јасно): an adjective when a noun
     * or an adjective follows (јасно небо) or after a form of сум (е јасно), else the adverb,
     * which is its own lemma.
     */
    private Analysis adverbOrAdjective(String form, List<Analysis> readings, Analysis chosen, Upos previousTag, String next) {
        String lower = form.toLowerCase(Locale.ROOT);
        if (!NEUTER.endsAsAdverb(lower) || lower.length() < 4
                || chosen.upos() != Upos.ADJ && chosen.upos() != Upos.ADV) {
            return chosen;
        }
        boolean adjectival = previousTag == Upos.AUX || taggerWords.isNeuterParticiple(lower);
        if (!adjectival && next != null && Character.isLetter(next.charAt(0))) {
            Upos nextTag = lemmatizer.analyze(next).get(0).upos();
            adjectival = nextTag == Upos.NOUN || nextTag == Upos.ADJ;
        }
        if (adjectival) {
            Analysis adjective = first(readings, Upos.ADJ);
            return adjective != null && (adjective.known() || !chosen.known()) ? adjective : chosen;
        }
        if (chosen.upos() == Upos.ADJ) {
            return new Analysis(lower, Upos.ADV, chosen.known());
        }
        return chosen;
    }

    /** Words after which a finite verb comes: да, ќе, би, не, нека, and clitic pronouns. */
    private boolean expectsVerb(Upos tag, String lemma) {
        if (tag == Upos.PART || tag == Upos.CCONJ) {
            return functionWords.isVerbCue(lemma);
        }
        return tag == Upos.PRON && functionWords.isClitic(lemma);
    }

    /** Clitics stand between да, ќе, не and the verb: {@code да се врати}. */
    private boolean isClitic(List<Analysis> readings) {
        Analysis reading = readings.get(0);
        return reading.upos() == Upos.PRON && functionWords.isClitic(reading.lemma());
    }

    private static Analysis first(List<Analysis> readings, Upos upos) {
        for (Analysis reading : readings) {
            if (reading.upos() == upos) {
                return reading;
            }
        }
        return null;
    }

    /** The first verb reading; a guessed one only when no reading is known. */
    private static Analysis firstVerb(List<Analysis> readings) {
        boolean anyKnown = readings.get(0).known();
        for (Analysis reading : readings) {
            if ((reading.upos() == Upos.VERB || reading.upos() == Upos.AUX) && (reading.known() || !anyKnown)) {
                return reading;
            }
        }
        return null;
    }

    private static boolean isCyrillic(String form) {
        for (int i = 0; i < form.length(); i++) {
            if (Character.isLetter(form.charAt(i))) {
                return Character.UnicodeScript.of(form.charAt(i)) == Character.UnicodeScript.CYRILLIC;
            }
        }
        return false;
    }
}
