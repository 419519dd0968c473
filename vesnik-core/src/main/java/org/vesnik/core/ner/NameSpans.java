package org.vesnik.core.ner;

import java.util.Optional;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.rules.Decided;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;
import org.vesnik.core.rules.RuleList;
import org.vesnik.core.view.SentenceTokens;
import org.vesnik.core.segment.TokenKind;

/**
 * Where a name starts and ends: runs of capitalised words, institutions with the words that say
 * which (Министерството за финансии), adjectives before organisation words (Народното собрание).
 */
final class NameSpans {

    static final int MAX_INSTITUTION_WORDS = 10;

    private final Gazetteer gazetteer;
    private final NameWords words;
    private final NameTypes types;
    private final RuleList<Tail, Extent> tails;
    private final RuleBook book = RuleBook.load(NameSpans.class);

    NameSpans(Gazetteer gazetteer, NameWords words, NameTypes types) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.types = types;
        this.tails = tailRules();
    }

    /**
     * A capitalised organisation word inside a sentence names an institution, with the words
     * that say which (Министерството за финансии, Советот на министрите за финансии на ЕУ):
     * through на, за, од and the nouns and adjectives after them, up to a verb or a mark.
     * Returns the end of the name, or -1.
     */
    int institutionEnd(SentenceTokens view, int i) {
        // (a PROPN too: the tagger takes an organisation word it does not know for a name, Клиниката)
        if (!view.isCapitalisedWord(i) || view.tag(i) != Upos.NOUN && view.tag(i) != Upos.PROPN || !words.isOrganisationWord(view, i)) {
            return -1;
        }
        int end = i + 1;
        // the name that says which (Универзитетот Харвард), unless it is a person's or a place's;
        // the name ends there (Компанијата Витаминка од Прилеп)
        if (end < view.size() && view.isCapitalisedWord(end) && !gazetteer.firstNames.contains(view.key(end))) {
            FoundName known = words.knownName(view, end);
            if (known == null || known.type() == EntityType.ORG) {
                if (i <= NameWords.firstWord(view)) {
                    return -1; // at a sentence's start the word is only capitalised there: a descriptor
                }
                // names joined by и go on (Универзитетот Св. Кирил и Методиј)
                while (end < view.size() && end < i + MAX_INSTITUTION_WORDS && (view.isCapitalisedWord(end)
                        || end + 1 < view.size() && gazetteer.innerConnectors.contains(view.key(end)) && view.isCapitalisedWord(end + 1))) {
                    end++;
                }
                return end;
            }
        }
        end = connectedEnd(view, i, end, true);
        // at a sentence's start a lone one is a common noun (Министерството соопшти …)
        return i <= NameWords.firstWord(view) && end == i + 1 ? -1 : end;
    }

    /**
     * The end of an organisation's name from {@code i} that now ends at {@code end}, through на,
     * за, од and the nouns, adjectives and names after them (Министерството за финансии,
     * Стопанската комора на Македонија), then и or со and more such words (Министерството за
     * труд и социјална политика), up to a verb or a mark. With {@code throughNames} false only
     * lower-case words go on (Државниот завод за ревизија; not: агенција на Јужна Кореја).
     */
    private int connectedEnd(SentenceTokens view, int i, int end, boolean throughNames) {
        boolean begun = false;
        while (end + 1 < view.size() && end < i + MAX_INSTITUTION_WORDS
                && (gazetteer.nameConnectors.contains(view.key(end)) || begun && gazetteer.innerConnectors.contains(view.key(end)))) {
            int k = end + 1;
            if (view.isCapitalisedWord(k)) {
                if (!throughNames || !gazetteer.nameConnectors.contains(view.key(end))) {
                    break;
                }
                // (up to a person's first name after it: лидерот на Алијансата за Албанците Арбен Таравари)
                while (k < view.size() && k < i + MAX_INSTITUTION_WORDS && view.isCapitalisedWord(k)
                        && !(k > end + 1 && words.personFollows(view, k))) {
                    k++;
                }
                if (begun) {
                    return k; // a name after the words that say which ends it (Советот за безбедност на ОН)
                }
                end = k; // names joined by на go on (Комитетот на Нации на Андите)
                continue;
            }
            while (k < view.size() && k < i + MAX_INSTITUTION_WORDS && !view.isCapitalisedWord(k)
                    && (view.tag(k) == Upos.ADJ || view.tag(k) == Upos.NOUN) && !words.isVerbBeforeWords(view, k)) {
                k++;
            }
            if (k == end + 1) {
                break;
            }
            begun = true;
            end = k;
        }
        return end;
    }

    /** The closing quotation mark after {@code i}, within a title's length, else {@code to}. */
    private static int closingMark(SentenceTokens view, int i, int to) {
        for (int k = i; k < view.size() && k < i + MAX_INSTITUTION_WORDS; k++) {
            if (view.kind(k) == TokenKind.QUOTE) {
                return k;
            }
        }
        return to;
    }

    /**
     * After a capitalised adjective, the end of the lower-case words that go on its name before an
     * organisation or place word: adjectives, and up to two words the tagger took for nouns
     * (Државниот пазарен инспекторат); never an event word (Втората светска војна).
     */
    private int descriptorsEnd(SentenceTokens view, int k) {
        int nouns = 0;
        while (k < view.size() && !view.isCapitalisedWord(k) && !words.isEventWord(view, k)
                && !words.isOrganisationWord(view, k) && !gazetteer.locationWords.contains(view.lemma(k))
                && (view.tag(k) == Upos.ADJ || view.tag(k) == Upos.NOUN && nouns++ < 2)) {
            k++;
        }
        return k;
    }

    /**
     * The end of an organisation's name that is a capitalised adjective, lower-case adjectives and
     * an organisation word (Народното собрание, Државната изборна комисија), or -1.
     */
    int organisationTail(SentenceTokens view, int i) {
        if (!words.isAdjective(view, i)) {
            return -1;
        }
        int k = descriptorsEnd(view, i + 1);
        boolean organisation = k < view.size() && !view.isCapitalisedWord(k) && words.isOrganisationWord(view, k);
        int place = organisation ? placeNamedAt(view, k + 1) : -1;
        if (place > 0) {
            return place; // a place's name after it is the organisation's own: Народниот театар Битола
        }
        // another name after the organisation word is the organisation's: the words before only describe
        // it (Кошаркарскиот клуб Работнички); but a person's name is the person's own (претседателот на
        // Судскиот совет Селим Адеми)
        return organisation && !(NameWords.nameFollows(view, k + 1) && !words.personFollows(view, k + 1)) ? k + 1 : -1;
    }

    /** The end of a known place's name at {@code k}, outside marks (Народниот театар Битола), or -1. */
    private int placeNamedAt(SentenceTokens view, int k) {
        if (k >= view.size() || view.kind(k) == TokenKind.QUOTE) {
            return -1;
        }
        FoundName place = words.knownName(view, k);
        return place != null && place.type() == EntityType.LOC ? place.to() : -1;
    }

    /**
     * A run of capitalised words from {@code i}, through known names inside it (Општина Велес,
     * Западна Македонија) and, in an organisation's name, through на, за, и before a capitalised
     * word (Комитетот на Нации на Андите); with a lower-case tail when the run ends in an
     * adjective before an organisation, place or event word ({@link #tails}); else typed by the
     * words around it ({@link NameTypes}). Null where the words are no name (a demonym).
     */
    FoundName capitalisedRun(SentenceTokens view, int i, FoundName previous, SeenNames seen) {
        CapitalisedWords run = capitalisedWords(view, i);
        int to = run.to();
        if (words.isAdjective(view, to - 1)) {
            Optional<Decided<Extent>> tail = tails.decide(new Tail(view, i, to, descriptorsEnd(view, to)));
            if (tail.isPresent()) {
                Extent extent = tail.get().value();
                return extent.end() < 0 ? null : new FoundName(i, extent.end(), extent.type(), null, tail.get().rule());
            }
        }
        Decided<EntityType> type = types.typeOf(view, i, to, previous, seen);
        if (type.value() == EntityType.ORG && run.organisational()) {
            to = connectedEnd(view, i, to, false); // Кинеското Министерство за надворешни работи
        }
        if (type.value() == EntityType.MISC && i > 0 && view.kind(i - 1) == TokenKind.QUOTE) {
            to = closingMark(view, i, to); // романот „Резервен живот“: a title capitalises its first word only
        }
        return new FoundName(i, to, type.value(), null, type.rule());
    }

    /** The end of a run of capitalised words, and whether an organisation's words are among them. */
    private record CapitalisedWords(int to, boolean organisational) {
    }

    private CapitalisedWords capitalisedWords(SentenceTokens view, int i) {
        int j = i + 1;
        boolean organisational = words.isDefiniteAdjective(view, i) || words.isOrganisationWord(view, i);
        while (j < view.size()) {
            if (view.isCapitalisedWord(j)) {
                organisational |= words.isOrganisationWord(view, j);
                j++;
            } else if (organisational && j + 1 < view.size() && gazetteer.nameConnectors.contains(view.key(j)) && view.isCapitalisedWord(j + 1)) {
                j += 2;
            } else {
                break;
            }
        }
        // a place before a person's full name is a name of its own (на Струмица Костадин Костадинов);
        // so is the one institution word before it (портпаролката на Владата Марија Петрушевска)
        if (!organisational || words.isOrganisationWord(view, i) && i + 2 < j) {
            for (int k = i + 1; k + 1 < j && (!organisational || k == i + 1); k++) {
                // (not after a lone adjective, which is the name's own: Свети Јован Бигорски)
                if (gazetteer.firstNames.contains(view.key(k)) && !(k == i + 1 && view.tag(i) == Upos.ADJ)) {
                    return new CapitalisedWords(k, organisational);
                }
            }
        }
        return new CapitalisedWords(j, organisational);
    }

    /**
     * Capitalised words {@code [from, to)} that end in an adjective, and the end of the lower-case
     * words after them that may go on the name ({@code descriptorsEnd}, {@link #descriptorsEnd}).
     */
    record Tail(SentenceTokens view, int from, int to, int descriptorsEnd) {

        boolean single() {
            return to - from == 1;
        }

        /** Whether a lower-case word stands at {@code k}. */
        boolean lowerAt(int k) {
            return k < view.size() && !view.isCapitalisedWord(k);
        }
    }

    /** Where a name ends and its type; {@link #NOT_A_NAME} where the words are none. */
    record Extent(int end, EntityType type) {
    }

    static final Extent NOT_A_NAME = new Extent(-1, EntityType.MISC);

    private RuleList<Tail, Extent> tailRules() {
        return RuleList.of(
                book.rule("organisation-named-with-its-place", "one capitalised adjective, an organisation word and a known place",
                        "ORG, the place included", t -> organisationWordAt(t) && t.single() && placeNamedAt(t.view(), t.descriptorsEnd() + 1) > 0
                                ? Optional.of(new Extent(placeNamedAt(t.view(), t.descriptorsEnd() + 1), EntityType.ORG)) : Optional.empty()),
                book.rule("describes-the-name-after-it", "one capitalised adjective and an organisation word before a name",
                        "no name: the words describe the name after them", t -> organisationWordAt(t) && t.single()
                                && NameWords.nameFollows(t.view(), t.descriptorsEnd() + 1) ? Optional.of(NOT_A_NAME) : Optional.empty()),
                // not through на and a name: агенција на Јужна Кореја describes, the country is the name
                book.rule("adjective-and-organisation-word", "capitalised words, lower-case descriptors and an organisation word",
                        "ORG, through the lower-case words that say which", t -> organisationWordAt(t)
                                ? Optional.of(new Extent(connectedEnd(t.view(), t.from(), t.descriptorsEnd() + 1, false), EntityType.ORG))
                                : Optional.empty()),
                book.rule("adjective-and-place-word", "capitalised words, lower-case descriptors and a place word (location-words.txt)",
                        "LOC, the place word included", t -> t.lowerAt(t.descriptorsEnd())
                                && gazetteer.locationWords.contains(t.view().lemma(t.descriptorsEnd()))
                                ? Optional.of(new Extent(t.descriptorsEnd() + 1, EntityType.LOC)) : Optional.empty()),
                book.rule("name-after-organisation-word", "one capitalised adjective after an organisation word, lower-case words after it",
                        "ORG, through the lower-case words", t -> t.single() && words.afterOrganisationWord(t.view(), t.from())
                                && t.descriptorsEnd() > t.to() ? Optional.of(new Extent(t.descriptorsEnd(), EntityType.ORG)) : Optional.empty()),
                book.rule("adjective-and-event-word", "capitalised words, lower-case descriptors and an event word (event-words.txt)",
                        "MISC, the event word included", t -> t.lowerAt(t.descriptorsEnd()) && words.isEventWord(t.view(), t.descriptorsEnd())
                                ? Optional.of(new Extent(t.descriptorsEnd() + 1, EntityType.MISC)) : Optional.empty()),
                // but not an unknown word with a surname's ending (Петровски рече), nor a name after a
                // place word the tagger read as an adjective (Реката Треска)
                book.rule("demonym", "one capitalised adjective alone", "no name: a people's adjective",
                        t -> t.single() && !words.unknownNameAtStart(t.view(), t.from())
                                && !(t.from() > 0 && gazetteer.locationWords.contains(t.view().lemma(t.from() - 1)))
                                ? Optional.of(NOT_A_NAME) : Optional.empty()));
    }

    private boolean organisationWordAt(Tail tail) {
        return tail.lowerAt(tail.descriptorsEnd()) && words.isOrganisationWord(tail.view(), tail.descriptorsEnd());
    }

    RuleList<Tail, Extent> tails() {
        return tails;
    }
}
