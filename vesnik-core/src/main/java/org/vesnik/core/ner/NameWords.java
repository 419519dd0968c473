package org.vesnik.core.ner;

import java.util.List;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.lang.ReportingVerbs;
import org.vesnik.core.morph.Analysis;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.resources.WordSet;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.view.SentenceTokens;

/**
 * What the words of a sentence are to names: organisation, title, member, event and work words,
 * definite adjectives, first names, known names from the gazetteer, and where a sentence starts.
 */
final class NameWords {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    /** The rule of names the gazetteer knows. */
    static final String KNOWN_NAME = "known-name";

    private final Gazetteer gazetteer;

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
    boolean isVerbBeforeWords(SentenceTokens view, int k) {
        if (k + 1 >= view.size() || view.kind(k + 1) != TokenKind.QUOTE
                && !FUNCTION_WORDS.isComplementizer(view.key(k + 1))) {
            return false;
        }
        for (Analysis reading : view.view().readings(view.key(k))) {
            if (reading.upos() == Upos.VERB && reading.known()) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised common noun with its article (Договорот, Библијата): not a name by itself. */
    boolean isCommonNoun(SentenceTokens view, int i) {
        String lower = view.form(i);
        // (not a first name that looks like one: Марта, read as a form of март)
        return view.tag(i) == Upos.NOUN && !view.lemma(i).equals(lower) && !gazetteer.firstNames.contains(view.key(i))
                && gazetteer.definiteNounEndings.stream().anyMatch(lower::endsWith);
    }

    /**
     * A people's name (Македонци, Србите, Албанецот): the country's adjective stem with a
     * plural or person ending. Peoples are references to their country, not names.
     */
    Entity demonym(SentenceTokens view, int i) {
        if (!view.isCapitalisedWord(i)) {
            return null;
        }
        return gazetteer.countryOfDemonym(view.form(i));
    }

    /** The index of the sentence's first word (after any opening quotation mark or dash). */
    static int firstWord(SentenceTokens view) {
        int i = 0;
        while (i < view.size() && view.kind(i) != TokenKind.WORD) {
            i++;
        }
        return i;
    }

    /**
     * A sentence's first word that the lexicon does not know and that is a first name or ends as
     * surnames do (Мицкоски рече …): a name, though nothing after it is capitalised.
     */
    boolean unknownNameAtStart(SentenceTokens view, int i) {
        String key = view.key(i);
        if (gazetteer.firstNames.contains(key) || gazetteer.surnameEndings.containsEndingOf(key)) {
            return true;
        }
        if (gazetteer.typeByEnding(key) != EntityType.PER) {
            return false;
        }
        List<Analysis> readings = view.view().readings(view.form(i));
        return readings.isEmpty() || !readings.get(0).known();
    }

    /** A sentence's first word starts a name when the tagger took it for one or a capitalised word follows it. */
    static boolean startsName(SentenceTokens view, int i) {
        return view.tag(i) == Upos.PROPN || i + 1 < view.size() && view.isCapitalisedWord(i + 1);
    }

    /** The longest known name starting at {@code i}, its first word capitalised, or null. */
    FoundName knownName(SentenceTokens view, int i) {
        if (!view.isCapitalisedWord(i)) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        FoundName best = null;
        for (int j = i; j < view.size() && j < i + gazetteer.longestName; j++) {
            if (j > i) {
                key.append(' ');
            }
            key.append(view.key(j));
            Entity entity = gazetteer.byName.get(key.toString());
            if (entity != null) {
                best = new FoundName(i, j + 1, entity.type(), entity, KNOWN_NAME);
            }
        }
        if (best != null && best.to() == i + 1 && best.type() == EntityType.LOC && gazetteer.firstNames.contains(view.key(i))
                && i + 1 < view.size() && view.isCapitalisedWord(i + 1)) {
            return null; // Милан Ристески: a first name, though a city is called so
        }
        return best;
    }

    /** Whether an organisation word stands right before (клубот Работнички, Фондацијата Отворено општество). */
    boolean afterOrganisationWord(SentenceTokens view, int i) {
        return i > 0 && isOrganisationWord(view, i - 1);
    }

    /** Whether a first name starts at {@code k}. */
    boolean personFollows(SentenceTokens view, int k) {
        return k < view.size() && gazetteer.firstNames.contains(view.key(k));
    }

    /** Whether a capitalised name starts at {@code k}, perhaps inside quotation marks (весникот „Гардијан“). */
    static boolean nameFollows(SentenceTokens view, int k) {
        if (k < view.size() && view.kind(k) == TokenKind.QUOTE) {
            k++;
        }
        return k < view.size() && view.isCapitalisedWord(k);
    }

    /** An event noun, by lemma or by form (војна is also the feminine of воен). */
    boolean isEventWord(SentenceTokens view, int k) {
        return gazetteer.eventWords.contains(view.lemma(k)) || gazetteer.eventWords.contains(view.key(k));
    }

    boolean isDefiniteAdjective(SentenceTokens view, int i) {
        return isAdjective(view, i) && hasDefiniteAdjectiveEnding(view, i);
    }

    /**
     * An adjective, or a capitalised word the tagger did not know and took for a name that ends as
     * definite adjectives do, before an organisation word (Регулаторната комисија).
     */
    boolean isAdjective(SentenceTokens view, int i) {
        return view.tag(i) == Upos.ADJ || view.tag(i) == Upos.PROPN && hasDefiniteAdjectiveEnding(view, i)
                && i + 1 < view.size() && !view.isCapitalisedWord(i + 1) && isOrganisationWord(view, i + 1);
    }

    private boolean hasDefiniteAdjectiveEnding(SentenceTokens view, int i) {
        String lower = view.form(i);
        return gazetteer.definiteAdjectiveEndings.stream().anyMatch(lower::endsWith);
    }

    /** Whether word {@code k}, or the word before an adverb at {@code k}, is a speech verb. */
    static boolean followsSpeechVerb(SentenceTokens view, int k) {
        if (view.tag(k) == Upos.ADV && k > 0) {
            k--;
        }
        return ReportingVerbs.macedonian().isSpeechVerb(view.lemma(k), view.key(k));
    }

    /**
     * An organisation word (агенција, инспекторат), by its lemma or by its form without the
     * article when the tagger read it as another word (инспекторат as a verb).
     */
    boolean isOrganisationWord(SentenceTokens view, int k) {
        return listsWord(gazetteer.organizationWords, view, k);
    }

    /** A definite adjective with a first name right after it (Старата Сирма): a description, not the name. */
    boolean isAdjectiveBeforeFirstName(SentenceTokens view, int i) {
        return isDefiniteAdjective(view, i) && i + 1 < view.size() && view.isCapitalisedWord(i + 1)
                && gazetteer.firstNames.contains(view.key(i + 1));
    }

    /** An organisation word with a capitalised name right after it (Компанијата Витаминка). */
    boolean isOrganisationWordBeforeName(SentenceTokens view, int i) {
        return i + 1 < view.size() && view.isCapitalisedWord(i + 1)
                && isOrganisationWord(view, i);
    }

    /** Members, players or fans of an organisation (ракометарите, навивачите), by lemma or form without the article. */
    boolean isMember(SentenceTokens view, int k) {
        return listsWord(gazetteer.memberWords, view, k);
    }

    /**
     * Whether {@code words} lists word {@code k} by its lemma, or by its form without the article
     * when the tagger did not know the noun and guessed another lemma.
     */
    boolean listsWord(WordSet words, SentenceTokens view, int k) {
        return words.contains(view.lemma(k)) || words.contains(withoutArticle(view.key(k)));
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
    boolean isTitle(SentenceTokens view, int k) {
        return listsWord(gazetteer.titleWords, view, k);
    }

    /** Whether only commas and и stand between two names: a list of names of one kind. */
    static boolean listed(SentenceTokens view, int end, int start) {
        if (end > start || start - end > 1) {
            return false;
        }
        for (int k = end; k < start; k++) {
            if (!view.key(k).equals(",") && !FUNCTION_WORDS.isAnd(view.key(k))) {
                return false;
            }
        }
        return true;
    }
}
