package org.vesnik.core.ner;

import java.util.Locale;
import java.util.List;
import java.util.Optional;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.lang.ReportingVerbs;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.rules.Decided;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;
import org.vesnik.core.rules.RuleList;
import org.vesnik.core.view.SentenceTokens;

/**
 * The type of a run of capitalised words that is not a known name, from the words in it and
 * around it: the rules below, tried in order, the first that applies deciding.
 */
final class NameTypes {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    /**
     * A run of capitalised words {@code [from, to)} of a sentence, the word before it past marks
     * ({@code before}, -1 at the sentence's start), the name found before it in the sentence
     * (null for none) and the names of the document read so far.
     */
    record Run(SentenceTokens view, int from, int to, int before, FoundName previous, SeenNames seen) {

        boolean single() {
            return to - from == 1;
        }

        String key(int i) {
            return view.key(i);
        }

        Upos tag(int i) {
            return view.tag(i);
        }

        /** Whether the run's first word is written in capitals only, as an acronym is. */
        boolean acronymFirst() {
            String word = view.surface(from);
            return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        }
    }

    private final Gazetteer gazetteer;
    private final NameWords words;
    private final RuleList<Run, EntityType> rules;
    private final RuleBook book = RuleBook.load(NameTypes.class);

    NameTypes(Gazetteer gazetteer, NameWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.rules = RuleList.inOrder(aroundTheName(), ofTheName());
    }

    /** The rules that read the words before and inside the name, in order. */
    private List<Rule<Run, EntityType>> aroundTheName() {
        return List.of(
                book.when("work-title", "a name in marks right after a work's noun (work-words.txt)", EntityType.MISC,
                        r -> r.before() >= 0 && r.before() < r.from() - 1 && words.listsWord(gazetteer.workWords, r.view(), r.before())),
                book.when("organisation-word-before", "a lower-case organisation word before the name, which is no person's",
                        EntityType.ORG, r -> r.before() >= 0 && words.isOrganisationWord(r.view(), r.before())
                                && !r.view().isCapitalisedWord(r.before()) && !startsWithFirstName(r)),
                book.when("members-of", "the preposition of ownership after members, players or fans (member-words.txt): their club", EntityType.ORG,
                        r -> r.before() >= 1 && FUNCTION_WORDS.isOf(r.key(r.before())) && words.isMember(r.view(), r.before() - 1)
                                && !r.seen().personWords().contains(r.key(r.from()))),
                book.when("acronym-before-name", "a word in capitals, no ending's type, before more words of the name",
                        EntityType.ORG, r -> !r.single() && r.acronymFirst() && gazetteer.typeByEnding(r.view().surface(r.from())) == null),
                book.rule("known-name-inside", "a known name at the run's end or inside it", "the known name's type",
                        this::knownInside),
                book.when("organisation-word-inside", "an organisation word among the run's words", EntityType.ORG,
                        r -> anyOrganisationWord(r)),
                book.when("place-word-inside", "a place word (location-words.txt) first or last in the run", EntityType.LOC,
                        r -> gazetteer.locationWords.contains(r.view().lemma(r.from()))
                                || gazetteer.locationWords.contains(r.view().lemma(r.to() - 1))),
                book.when("title-before", "a title or role before the name (title-words.txt)", EntityType.PER,
                        r -> r.before() >= 0 && words.isTitle(r.view(), r.before())),
                book.when("capitalised-organisation-word-before", "a capitalised organisation word before the name, no first name",
                        EntityType.ORG, r -> r.before() >= 0 && words.isOrganisationWord(r.view(), r.before())
                                && !gazetteer.firstNames.contains(r.key(r.from()))),
                book.when("place-word-before", "a place word (location-words.txt) before the name", EntityType.LOC,
                        r -> r.before() >= 0 && gazetteer.locationWords.contains(r.view().lemma(r.before()))),
                book.rule("listed-with-previous", "one word after the sentence's last name, only commas or the conjunction of and between",
                        "the type of the name before", r -> r.previous() != null && r.single()
                                && NameWords.listed(r.view(), r.previous().to(), r.from()) ? Optional.of(r.previous().type()) : Optional.empty()));
    }

    /** The rules that read the name's own form and the word after it, in order. */
    private List<Rule<Run, EntityType>> ofTheName() {
        return List.of(
                book.when("definite-adjective-first", "a definite adjective first: people's names take no article", EntityType.ORG,
                        r -> words.isDefiniteAdjective(r.view(), r.from())),
                book.when("adjective-first", "an adjective first in a run of several words, no first name", EntityType.ORG,
                        r -> !r.single() && r.tag(r.from()) == Upos.ADJ && !gazetteer.firstNames.contains(r.key(r.from()))),
                book.when("acronym", "one word written in capitals", EntityType.ORG, r -> r.single() && r.acronymFirst()),
                book.when("first-name", "a first name first (first-names.txt), or one word of a person's name seen before",
                        EntityType.PER, r -> gazetteer.firstNames.contains(r.key(r.from()))
                                || r.single() && r.seen().personWords().contains(r.key(r.from()))),
                book.when("opponent", "one word after a word of opposing or beating (opponent-words.txt): a club", EntityType.ORG,
                        r -> r.single() && r.before() >= 0 && (gazetteer.opponentWords.contains(r.key(r.before()))
                                || r.tag(r.before()) == Upos.VERB && gazetteer.opponentWords.contains(r.view().lemma(r.before())))),
                book.when("speaks-from", "the preposition of origin after a speech verb: an institution speaks through its people", EntityType.ORG,
                        r -> r.before() >= 1 && FUNCTION_WORDS.isFrom(r.key(r.before())) && NameWords.followsSpeechVerb(r.view(), r.before() - 1)),
                book.when("after-speech-verb", "one word right after a speech verb, perhaps past an adverb: the one who speaks",
                        EntityType.PER, r -> r.single() && r.before() >= 0 && NameWords.followsSpeechVerb(r.view(), r.before())),
                book.when("place-preposition", "one word after a preposition of place (place-prepositions.txt), no person's ending",
                        EntityType.LOC, r -> r.single() && r.before() >= 0 && gazetteer.placePrepositions.contains(r.key(r.before()))
                                && gazetteer.typeByEnding(r.view().surface(r.to() - 1)) != EntityType.PER),
                book.rule("name-ending", "an ending that names mostly people or places (name-endings.tsv)", "the ending's type",
                        r -> Optional.ofNullable(gazetteer.typeByEnding(r.view().surface(r.to() - 1)))),
                book.when("person-or-actor", "several words, or one that speaks or acts and no preposition governs", EntityType.PER,
                        r -> !r.single() || actsAfter(r)),
                book.when("otherwise-place", "any other run: people come with a first name, a title or an ending, places need none",
                        EntityType.LOC, r -> true));
    }

    RuleList<Run, EntityType> rules() {
        return rules;
    }

    /** The type of the capitalised words {@code [from, to)} of a sentence, and the rule that decided it. */
    Decided<EntityType> typeOf(SentenceTokens view, int from, int to, FoundName previous, SeenNames seen) {
        int before = from - 1;
        while (before >= 0 && view.tag(before) == Upos.PUNCT && !view.key(before).equals(",")) {
            before--; // весникот „Родонг Синмун“
        }
        return rules.decide(new Run(view, from, to, before, previous, seen)).orElseThrow();
    }

    private boolean startsWithFirstName(Run run) {
        return !run.single() && gazetteer.firstNames.contains(run.key(run.from()));
    }

    /** The type of the last known name inside the run (Западна Македонија is a place as Македонија is). */
    private Optional<EntityType> knownInside(Run run) {
        for (int k = run.to() - 1; k >= run.from(); k--) {
            FoundName known = words.knownName(run.view(), k);
            if (known != null && known.to() <= run.to()) {
                return Optional.of(known.type());
            }
        }
        return Optional.empty();
    }

    private boolean anyOrganisationWord(Run run) {
        for (int k = run.from(); k < run.to(); k++) {
            if (words.isOrganisationWord(run.view(), k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a speech verb or another verb follows the one word, past the short pronouns between
     * a subject and its verb (Дали му се восхитувал), and no preposition governs it (the verb after
     * Жителите на Лисиче is the residents').
     */
    private static boolean actsAfter(Run run) {
        SentenceTokens view = run.view();
        int verb = run.to();
        while (verb + 1 < view.size() && view.tag(verb) == Upos.PRON && FUNCTION_WORDS.isClitic(view.lemma(verb))
                && !view.key(verb).equals(view.lemma(verb))) {
            verb++;
        }
        boolean governed = run.before() >= 0 && run.tag(run.before()) == Upos.ADP;
        return !governed && verb < view.size()
                && (ReportingVerbs.macedonian().isSpeechVerb(view.lemma(verb), view.key(verb)) || view.tag(verb) == Upos.VERB);
    }
}
