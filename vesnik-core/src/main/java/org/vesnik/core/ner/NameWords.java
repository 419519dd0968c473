package org.vesnik.core.ner;

import java.util.List;
import java.util.Locale;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.lang.MacedonianWords;
import org.vesnik.core.morph.Analysis;
import org.vesnik.core.morph.Lemmatizer;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.resources.WordSet;
import org.vesnik.core.segment.TokenKind;

/**
 * What the words of a sentence are to names: organisation, title, member, event and work words,
 * definite adjectives, first names, known names from the gazetteer, and where a sentence starts.
 */
final class NameWords {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    private final Gazetteer gazetteer;
    private final Lemmatizer lemmatizer = Lemmatizer.standard();

    NameWords(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Conjunctions, prepositions, pronouns and the like never start a name (Во Битола, Затоа Ким). */
    static boolean isFunctionWord(Upos tag) {
        return switch (tag) {
            case ADP, CCONJ, SCONJ, PART, PRON, DET, AUX, ADV, NUM -> true;
            default -> false;
        };
    }

    /**
     * A word with a verb's reading right before quotation marks or дека (… работници бара „…“,
     * where бара is also a noun): the name's verb, not a word of the name.
     */
    boolean isVerbBeforeWords(SentenceView view, int k) {
        if (k + 1 >= view.size() || view.tokens().kind(view.first() + k + 1) != TokenKind.QUOTE
                && !FUNCTION_WORDS.isComplementizer(view.keys()[k + 1])) {
            return false;
        }
        for (Analysis reading : lemmatizer.analyze(view.keys()[k])) {
            if (reading.upos() == Upos.VERB && reading.known()) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised common noun with its article (Договорот, Библијата): not a name by itself. */
    boolean isCommonNoun(SentenceView view, int i) {
        String lower = view.surface()[i].toLowerCase(Locale.ROOT);
        // (not a first name that looks like one: Марта, read as a form of март)
        return view.tags()[i] == Upos.NOUN && !view.lemmas()[i].equals(lower) && !gazetteer.firstNames.contains(view.keys()[i])
                && gazetteer.definiteNounEndings.stream().anyMatch(lower::endsWith);
    }

    /**
     * A people's name (Македонци, Србите, Албанецот): the country's adjective stem with a
     * plural or person ending. Peoples are references to their country, not names.
     */
    Entity demonym(SentenceView view, int i) {
        if (!view.isCapitalised(i)) {
            return null;
        }
        return gazetteer.countryOfDemonym(view.surface()[i].toLowerCase(Locale.ROOT));
    }

    /** The index of the sentence's first word (after any opening quotation mark or dash). */
    static int firstWord(SentenceView view) {
        int i = 0;
        while (i < view.size() && view.tokens().kind(view.first() + i) != TokenKind.WORD) {
            i++;
        }
        return i;
    }

    /**
     * A sentence's first word that the lexicon does not know and that is a first name or ends as
     * surnames do (Мицкоски рече …): a name, though nothing after it is capitalised.
     */
    boolean unknownNameAtStart(SentenceView view, int i) {
        String key = view.keys()[i];
        if (gazetteer.firstNames.contains(key) || gazetteer.surnameEndings.containsEndingOf(key)) {
            return true;
        }
        if (gazetteer.typeByEnding(key) != EntityType.PER) {
            return false;
        }
        List<Analysis> readings = lemmatizer.analyze(view.surface()[i].toLowerCase(Locale.ROOT));
        return readings.isEmpty() || !readings.get(0).known();
    }

    /** A sentence's first word starts a name when the tagger took it for one or a capitalised word follows it. */
    static boolean startsName(SentenceView view, int i) {
        return view.tags()[i] == Upos.PROPN || i + 1 < view.size() && view.isCapitalised(i + 1);
    }

    /** The longest known name starting at {@code i}, its first word capitalised, or null. */
    FoundName knownName(SentenceView view, int i) {
        if (!view.isCapitalised(i)) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        FoundName best = null;
        for (int j = i; j < view.size() && j < i + gazetteer.longestName; j++) {
            if (j > i) {
                key.append(' ');
            }
            key.append(view.keys()[j]);
            Entity entity = gazetteer.byName.get(key.toString());
            if (entity != null) {
                best = new FoundName(i, j + 1, entity.type(), entity);
            }
        }
        if (best != null && best.to() == i + 1 && best.type() == EntityType.LOC && gazetteer.firstNames.contains(view.keys()[i])
                && i + 1 < view.size() && view.isCapitalised(i + 1)) {
            return null; // Милан Ристески: a first name, though a city is called so
        }
        return best;
    }

    /** Whether an organisation word stands right before (клубот Работнички, Фондацијата Отворено општество). */
    boolean afterOrganisationWord(SentenceView view, int i) {
        return i > 0 && isOrganisationWord(view, i - 1);
    }

    /** Whether a first name starts at {@code k}. */
    boolean personFollows(SentenceView view, int k) {
        return k < view.size() && gazetteer.firstNames.contains(view.keys()[k]);
    }

    /** Whether a capitalised name starts at {@code k}, perhaps inside quotation marks (весникот „Гардијан“). */
    static boolean nameFollows(SentenceView view, int k) {
        if (k < view.size() && view.tokens().kind(view.first() + k) == TokenKind.QUOTE) {
            k++;
        }
        return k < view.size() && view.isCapitalised(k);
    }

    /** An event noun, by lemma or by form (војна is also the feminine of воен). */
    boolean isEventWord(SentenceView view, int k) {
        return gazetteer.eventWords.contains(view.lemmas()[k]) || gazetteer.eventWords.contains(view.keys()[k]);
    }

    boolean isDefiniteAdjective(SentenceView view, int i) {
        return isAdjective(view, i) && hasDefiniteAdjectiveEnding(view, i);
    }

    /**
     * An adjective, or a capitalised word the tagger did not know and took for a name that ends as
     * definite adjectives do, before an organisation word (Регулаторната комисија).
     */
    boolean isAdjective(SentenceView view, int i) {
        return view.tags()[i] == Upos.ADJ || view.tags()[i] == Upos.PROPN && hasDefiniteAdjectiveEnding(view, i)
                && i + 1 < view.size() && !view.isCapitalised(i + 1) && isOrganisationWord(view, i + 1);
    }

    private boolean hasDefiniteAdjectiveEnding(SentenceView view, int i) {
        String lower = view.surface()[i].toLowerCase(Locale.ROOT);
        return gazetteer.definiteAdjectiveEndings.stream().anyMatch(lower::endsWith);
    }

    /** Whether word {@code k}, or the word before an adverb at {@code k}, is a speech verb. */
    static boolean followsSpeechVerb(SentenceView view, int k) {
        if (view.tags()[k] == Upos.ADV && k > 0) {
            k--;
        }
        return MacedonianWords.isSpeechVerb(view.lemmas()[k], view.keys()[k]);
    }

    /**
     * An organisation word (агенција, инспекторат), by its lemma or by its form without the
     * article when the tagger read it as another word (инспекторат as a verb).
     */
    boolean isOrganisationWord(SentenceView view, int k) {
        return listsWord(gazetteer.organizationWords, view, k);
    }

    /** A definite adjective with a first name right after it (Старата Сирма): a description, not the name. */
    boolean isAdjectiveBeforeFirstName(SentenceView view, int i) {
        return isDefiniteAdjective(view, i) && i + 1 < view.size() && view.isCapitalised(i + 1)
                && gazetteer.firstNames.contains(view.keys()[i + 1]);
    }

    /** An organisation word with a capitalised name right after it (Компанијата Витаминка). */
    boolean isOrganisationWordBeforeName(SentenceView view, int i) {
        return i + 1 < view.size() && view.isCapitalised(i + 1)
                && isOrganisationWord(view, i);
    }

    /** Members, players or fans of an organisation (ракометарите, навивачите), by lemma or form without the article. */
    boolean isMember(SentenceView view, int k) {
        return listsWord(gazetteer.memberWords, view, k);
    }

    /**
     * Whether {@code words} lists word {@code k} by its lemma, or by its form without the article
     * when the tagger did not know the noun and guessed another lemma.
     */
    boolean listsWord(WordSet words, SentenceView view, int k) {
        return words.contains(view.lemmas()[k]) || words.contains(withoutArticle(view.keys()[k]));
    }

    /** A noun's form without its definite article, or the form. */
    private String withoutArticle(String lower) {
        for (String ending : gazetteer.definiteNounEndings) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                return lower.substring(0, lower.length() - ending.length());
            }
        }
        return lower;
    }

    /**
     * A title or role before a name (претседателот, советничката): by its lemma, or by its form
     * without the article when the tagger did not know the word.
     */
    boolean isTitle(SentenceView view, int k) {
        return listsWord(gazetteer.titleWords, view, k);
    }

    /** Whether only commas and и stand between two names: a list of names of one kind. */
    static boolean listed(SentenceView view, int end, int start) {
        if (end > start || start - end > 1) {
            return false;
        }
        for (int k = end; k < start; k++) {
            if (!view.keys()[k].equals(",") && !view.keys()[k].equals("и")) {
                return false;
            }
        }
        return true;
    }
}
