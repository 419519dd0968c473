package org.vesnik.core.quotes;

import java.util.Optional;
import java.util.function.Function;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.lang.NeuterEndings;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.ner.EntityMention;
import org.vesnik.core.ner.EntityType;
import org.vesnik.core.rules.Decided;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;
import org.vesnik.core.rules.RuleList;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.text.TextSpan;

/**
 * The speaker named after a speech verb (соопшти КЦНА, рече директорот на ЕВН Марјан
 * Стојановски, порачаа ракометарите на Вардар, соопштија од Центарот за …): the rules below, tried
 * in order, the first that applies deciding.
 */
final class SpeakerAfterVerb {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();
    private static final NeuterEndings NEUTER = NeuterEndings.macedonian();

    /**
     * A speech verb, where its sentence (or the marks' words) ends, the first word after the asides
     * that may follow the verb ({@code head}), and the first after the modifiers of a noun there
     * ({@code noun}).
     */
    record After(QuoteView view, int verb, int end, int head, int noun) {
    }

    private final RuleBook book = RuleBook.load(SpeakerAfterVerb.class);
    private final RuleList<After, Subjects.Found> rules;

    SpeakerAfterVerb() {
        this.rules = RuleList.<After, Subjects.Found>of(
                rule("pronoun-after-verb", "a personal pronoun after the verb", "no one: the context names the speaker",
                        a -> a.head() < a.end() && a.view().isPronounOfPerson(a.head()) ? Optional.of(NONE) : Optional.empty()),
                rule("speaks-from", "the preposition of origin after the verb, then an institution or a description of who speaks",
                        "the institution, or the description", a -> a.head() + 1 < a.end() && FUNCTION_WORDS.isFrom(a.view().form(a.head()))
                                ? found(fromWhom(a.view(), a.head() + 1, a.end())) : Optional.empty()),
                rule("one-of-a-group", "modifiers, the preposition of origin and a noun: one of a group", "the whole phrase",
                        a -> a.noun() > a.head() && a.noun() + 1 < a.end() && FUNCTION_WORDS.isFrom(a.view().form(a.noun()))
                                && a.view().tag(a.noun() + 1) == Upos.NOUN ? found(a.view().span(a.head(), a.noun() + 2)) : Optional.empty()),
                rule("name-after-head-noun", "a noun phrase, then a person in apposition to it or a name right after it",
                        "that name (the person, not the company he heads)", a -> headNounAt(a)
                                ? found(nameAfterNoun(a.view(), headNoun(a.view(), a.noun(), a.end()), a.end())) : Optional.empty()),
                rule("head-noun-phrase", "a noun phrase with no name after it", "the phrase, with a short pronoun or a named owner that says whose",
                        a -> headNounAt(a) ? found(nounPhrase(a)) : Optional.empty()),
                rule("adjective-for-person", "an inflected adjective alone, no name after it", "the adjective: it stands for a person",
                        a -> a.noun() > a.head() && a.view().tag(a.noun() - 1) == Upos.ADJ && isInflected(a.view(), a.noun() - 1)
                                && (a.noun() >= a.end() || a.view().mentionAt(a.noun()) == null)
                                ? found(a.view().span(a.head(), a.noun())) : Optional.empty()),
                rule("name-after-verb", "a person or organisation named after the verb, before a mark", "the name",
                        SpeakerAfterVerb::nameAfterVerb),
                rule("noun-right-after-verb", "a noun or a name right after the verb", "that word",
                        a -> a.verb() + 1 < a.end() && (a.view().tag(a.verb() + 1) == Upos.NOUN || a.view().tag(a.verb() + 1) == Upos.PROPN)
                                ? found(a.view().span(a.verb() + 1, a.verb() + 2)) : Optional.empty()));
    }

    private static final Subjects.Found NONE = new Subjects.Found(null);

    private Rule<After, Subjects.Found> rule(String name, String matches, String decides, Function<After, Optional<Subjects.Found>> decision) {
        return book.rule(name, matches, decides, decision);
    }

    RuleList<After, Subjects.Found> rules() {
        return rules;
    }

    /**
     * The speaker named after a speech verb: соопшти КЦНА, објави … агенцијата КЦНА, рече директорот
     * на ЕВН Марјан Стојановски (the person, not the company he heads), порачаа ракометарите на
     * Вардар (the players: a club after на only says whose), рече тивко мајка ѝ; and the rule that
     * found it. Empty where no rule finds one.
     */
    Optional<Decided<Subjects.Found>> speakerOf(QuoteView view, int verb, int end) {
        int head = verb + 1;
        // adverbs, neuter adjectives used as ones (тивко), and a phrase with a preposition
        // (изјави по натпреварот капитенот …) may stand between the verb and the speaker
        while (head < end && !FUNCTION_WORDS.isFrom(view.form(head))) {
            int next = pastAside(view, head, end);
            if (next == head) {
                break;
            }
            head = next;
        }
        int noun = head;
        while (noun < end && (view.tag(noun) == Upos.ADJ || view.tag(noun) == Upos.DET
                || view.tag(noun) == Upos.NUM || view.tag(noun) == Upos.PRON) && view.mentionAt(noun) == null) {
            noun++; // генералниот секретар
        }
        return rules.decide(new After(view, verb, end, head, noun));
    }

    /** The speaker's words, or null. */
    TextSpan speakerAfter(QuoteView view, int verb, int end) {
        return speakerOf(view, verb, end).map(d -> d.value().words()).orElse(null);
    }

    private static Optional<Subjects.Found> found(TextSpan words) {
        return words == null ? Optional.empty() : Optional.of(new Subjects.Found(words));
    }

    /** Whether a noun no name covers stands past the modifiers. */
    private static boolean headNounAt(After a) {
        return a.noun() < a.end() && a.view().tag(a.noun()) == Upos.NOUN && a.view().mentionAt(a.noun()) == null;
    }

    /** The noun phrase from the head: мајка ѝ (a short pronoun says whose), тренерот на Вардар (whose trainer). */
    private static TextSpan nounPhrase(After a) {
        QuoteView view = a.view();
        int to = headNoun(view, a.noun(), a.end()) + 1;
        if (to < a.end() && view.form(to).length() <= 2 && FUNCTION_WORDS.isClitic(view.lemma(to))) {
            to++;
        } else if (to + 1 < a.end() && FUNCTION_WORDS.isOf(view.form(to))) {
            to = ownerEnd(view, to + 1);
        }
        return view.span(a.head(), to);
    }

    /** The first person or organisation named after the verb, up to a mark other than a comma. */
    private static Optional<Subjects.Found> nameAfterVerb(After a) {
        QuoteView view = a.view();
        for (int t = a.head(); t < a.end() && t <= a.head() + QuoteView.MAX_SUBJECT_WORDS; t++) {
            if (view.tag(t) == Upos.PUNCT && !view.form(t).equals(",")) {
                break;
            }
            EntityMention mention = view.mentionAt(t);
            if (mention != null && mention.type() != EntityType.LOC) {
                return found(view.mentionSpan(t));
            }
        }
        return Optional.empty();
    }

    /**
     * The end of a named owner after на at {@code t} (тренерот на Вардар, жителите на Карпош): the
     * name tells whose; {@code t - 1}, leaving на out, when no name stands there (родителите на
     * протестот, where на says where).
     */
    private static int ownerEnd(QuoteView view, int t) {
        EntityMention owner = view.mentionAt(t);
        return owner != null ? view.tokensOf(owner, t)[1] : t - 1;
    }

    /**
     * The noun that heads a phrase whose first noun is at {@code noun}: a later noun when only
     * adjectives stand between them, the first being an adjective the tagger took for a noun
     * (продорен женски глас); not two nouns side by side (мајката детето).
     */
    private static int headNoun(QuoteView view, int noun, int end) {
        int k = noun + 1;
        while (k < end && view.tag(k) == Upos.ADJ && view.mentionAt(k) == null) {
            k++;
        }
        return k > noun + 1 && k < end && view.tag(k) == Upos.NOUN && view.mentionAt(k) == null ? k : noun;
    }

    /**
     * After the word at {@code t} when it is an aside between a speech verb and its speaker: an
     * adverb, a neuter adjective used as one, a phrase with a preposition (по натпреварот), or
     * one with a name when a speaker phrase follows it (на Фејсбук поранешниот премиер …);
     * else {@code t}.
     */
    private static int pastAside(QuoteView view, int t, int end) {
        Upos tag = view.tag(t);
        if (tag == Upos.ADV || tag == Upos.ADJ && isAdverbialNeuter(view, t, end)) {
            return t + 1;
        }
        if (tag != Upos.ADP) {
            return t;
        }
        if (t + 1 >= end) {
            return view.mentionAt(t) == null ? t + 1 : t;
        }
        if (view.mentionAt(t + 1) != null) {
            int past = view.tokensOf(view.mentionAt(t + 1), t + 1)[1];
            return phraseFollows(view, past, end) ? past : t;
        }
        int k = t + 1;
        while (k < end && (view.tag(k) == Upos.ADJ || view.tag(k) == Upos.DET || view.tag(k) == Upos.NUM)) {
            k++;
        }
        return k < end && view.tag(k) == Upos.NOUN ? k + 1 : k;
    }

    /** Whether a phrase that may name a speaker starts at {@code t}: a noun, adjective or name. */
    private static boolean phraseFollows(QuoteView view, int t, int end) {
        return t < end && (view.tag(t) == Upos.NOUN || view.tag(t) == Upos.ADJ || view.mentionAt(t) != null);
    }

    /**
     * An adjective with an ending beyond its lemma's, mostly the article (обвинетиот,
     * повредените): used alone, it stands for a person.
     */
    private static boolean isInflected(QuoteView view, int t) {
        return view.form(t).length() > view.lemma(t).length() && view.form(t).startsWith(view.lemma(t));
    }

    /**
     * A neuter adjective used as an adverb (рече тивко мајка ѝ), not one agreeing with a neuter
     * noun after it (рече малото дете): neuter nouns end in о or е.
     */
    private static boolean isAdverbialNeuter(QuoteView view, int t, int end) {
        if (!NEUTER.endsAsAdverb(view.form(t))) {
            return false;
        }
        return t + 1 >= end || view.tag(t + 1) != Upos.NOUN || !NEUTER.endsAsNeuterNoun(view.form(t + 1));
    }

    /**
     * The X of {@code соопштија од X}: a named organisation or person, or a capitalised institution
     * with the words that say which (Центарот за управување со кризи), up to a mark; or null.
     */
    static TextSpan fromWhom(QuoteView view, int t, int end) {
        EntityMention mention = view.mentionAt(t);
        if (mention != null && mention.type() != EntityType.LOC) {
            return view.mentionSpan(t);
        }
        boolean capital = view.startsWithCapital(t);
        if (mention == null && !capital) {
            // признаваат од опозицијата, порачуваат од владејачката партија: a description of who speaks
            int noun = t;
            while (noun < end && view.tag(noun) == Upos.ADJ && view.mentionAt(noun) == null) {
                noun++;
            }
            if (noun < end && view.tag(noun) == Upos.NOUN && view.mentionAt(noun) == null) {
                return view.span(t, noun + 1);
            }
        }
        if (mention != null || !capital || view.tag(t) == Upos.PUNCT) {
            return null;
        }
        int to = t + 1;
        while (to < end && to < t + QuoteView.MAX_SUBJECT_WORDS && view.tag(to) != Upos.PUNCT && view.tag(to) != Upos.VERB
                && view.tag(to) != Upos.AUX) {
            to++;
        }
        return view.span(t, to);
    }

    /**
     * After the noun that heads a speaker phrase: a person it is in apposition with, anywhere up to
     * the next mark (директорот на ЕВН Марјан Стојановски), or a name right after it (агенцијата
     * КЦНА); null when the only names are the ones after на (ракометарите на Вардар).
     */
    private static TextSpan nameAfterNoun(QuoteView view, int noun, int end) {
        for (int t = noun + 1; t < end && t <= noun + QuoteView.MAX_SUBJECT_WORDS; t++) {
            // поглаварот на МПЦ-ОА, архиепископот Стефан: a comma may set off the person's title and name
            if (view.tag(t) == Upos.PUNCT && view.kind(t) != TokenKind.QUOTE
                    && !(view.form(t).equals(",") && personAfterTitle(view, t + 1, end))) {
                break; // (marks around a name do not end the phrase: директорката на градинката „Пчелка“ …)
            }

            EntityMention mention = view.mentionAt(t);
            // (not a person a preposition governs: навивачите по пензионирањето на Горан Пандев)
            // (or the name right after the noun, perhaps in marks: весникот „Родонг Синмун“)
            boolean rightAfter = t == noun + 1 || t == noun + 2 && view.kind(noun + 1) == TokenKind.QUOTE;
            if (mention != null && (mention.type() == EntityType.PER && view.tag(view.tokensOf(mention, t)[0] - 1) != Upos.ADP
                    || rightAfter && mention.type() != EntityType.LOC)) {
                return view.mentionSpan(t);
            }
            if (mention != null) {
                t = view.tokensOf(mention, t)[1] - 1;
            }
        }
        return null;
    }

    /** Whether a person's name follows at {@code t}, after at most two lower-case words (архиепископот Стефан). */
    private static boolean personAfterTitle(QuoteView view, int t, int end) {
        for (int k = t; k < end && k <= t + 2; k++) {
            EntityMention mention = view.mentionAt(k);
            if (mention != null) {
                return mention.type() == EntityType.PER;
            }
            if (view.tag(k) != Upos.NOUN && view.tag(k) != Upos.ADJ) {
                return false;
            }
        }
        return false;
    }
}
