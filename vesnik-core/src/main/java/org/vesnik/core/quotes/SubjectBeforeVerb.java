package org.vesnik.core.quotes;

import java.util.function.Predicate;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.ner.EntityMention;
import org.vesnik.core.ner.EntityType;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.text.TextSpan;

/**
 * What the rules of speakers look for before a verb ({@link Subjects}) and around quotation marks:
 * the nearest name no preposition governs, the noun phrase at a word, an aside set off by commas,
 * the people named before the marks.
 */
final class SubjectBeforeVerb {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    private SubjectBeforeVerb() {
    }

    /**
     * The first noun phrase in [clause, verb) that no preposition governs and no marks enclose,
     * with the determiner or quantifier before it (Сите аналитичари, Некои граѓани), or null.
     */
    static TextSpan firstFreePhrase(QuoteView view, int clause, int verb) {
        int start = clause;
        while (start < verb) {
            if (view.tag(start) == Upos.ADP) {
                start++;
                while (start < verb && isNominal(view.tag(start))) {
                    start++; // На негово изненадување таа продолжи
                }
            } else if (isNominal(view.tag(start)) && !view.inMarks(start)) {
                int end = phraseEnd(view, start, verb);
                if (end > start) {
                    int from = start > clause && isQuantifier(view, start - 1) ? start - 1 : start;
                    return view.span(from, end);
                }
                start++;
            } else {
                start++;
            }
        }
        return null;
    }

    /** Whether a clitic that doubles an object (ги, го, ја; not се) stands in [from, verb). */
    static boolean doublesObject(QuoteView view, int from, int verb) {
        for (int t = from; t < verb; t++) {
            if (view.isShortClitic(t) && FUNCTION_WORDS.isObjectClitic(view.form(t))) {
                return true;
            }
        }
        return false;
    }

    /** The first verb in [from, to), outside marks, or -1. */
    static int firstVerb(QuoteView view, int from, int to) {
        return view.firstOutsideMarks(from, to, t -> view.tag(t) == Upos.VERB);
    }

    /** The last verb in [from, to), outside marks, or -1. */
    static int lastVerb(QuoteView view, int from, int to) {
        return view.lastOutsideMarks(from, to, t -> view.tag(t) == Upos.VERB);
    }

    /**
     * The subject before an aside set off by commas that ends right before {@code clause}
     * (Ана Петровска, која е директорка на МВР, изјави; Жена од Тетово, која …, рече), or null.
     */
    static TextSpan subjectBeforeAside(QuoteView view, int first, int clause) {
        if (clause - 1 <= first || !view.form(clause - 1).equals(",")) {
            return null;
        }
        int opening = clause - 2;
        while (opening > first && !view.form(opening).equals(",")) {
            opening--;
        }
        if (opening <= first) {
            return null;
        }
        TextSpan subject = nearestSubjectName(view, first, opening);
        int phrase = isNominal(view.tag(first)) ? phraseEnd(view, first, opening) : first;
        if (subject == null && phrase > first && nearestName(view, opening, clause) == null) {
            subject = view.span(first, phrase);
        }
        return subject;
    }

    /** The noun phrase that opens a sentence when a verb follows it, its subject, or null. */
    static TextSpan openingPhrase(QuoteView view, int first, int to) {
        int end = isNominal(view.tag(first)) && !view.inMarks(first) ? phraseEnd(view, first, to) : first;
        int verb = end;
        while (verb < to && view.isShortClitic(verb)) {
            verb++; // се сврте
        }
        return end > first && verb < to && (view.tag(verb) == Upos.VERB || view.tag(verb) == Upos.AUX)
                ? view.span(first, end) : null;
    }

    /**
     * The end of the noun phrase at {@code start} (nouns, adjectives, names, and на, од or за with
     * the owner, origin or office after it), when it has a noun or name; else {@code start}.
     */
    static int phraseEnd(QuoteView view, int start, int verb) {
        int end = start;
        boolean noun = false;
        while (end < verb && end < start + QuoteView.MAX_SUBJECT_WORDS && !view.inMarks(end)
                && (isNominal(view.tag(end)) || FUNCTION_WORDS.isPhraseLink(view.form(end))
                && end + 1 < verb && isNominal(view.tag(end + 1)))) {
            noun |= view.tag(end) == Upos.NOUN || view.tag(end) == Upos.PROPN;
            end++;
        }
        return noun ? end : start;
    }

    /** A determiner, an indefinite pronoun or a quantity word before a noun: сите, некои, многу. */
    private static boolean isQuantifier(QuoteView view, int t) {
        Upos tag = view.tag(t);
        return tag == Upos.DET || tag == Upos.NUM || tag == Upos.ADV && t + 1 < view.size() && view.tag(t + 1) == Upos.NOUN
                || tag == Upos.PRON && !view.isPronounOfPerson(t);
    }

    static boolean isNominal(Upos tag) {
        return tag == Upos.NOUN || tag == Upos.PROPN || tag == Upos.ADJ;
    }

    static boolean isClauseBoundary(QuoteView view, int t) {
        if (view.inMarks(t)) {
            return false; // a comma inside a title or someone's words does not end the clause outside
        }
        Upos tag = view.tag(t);
        String form = view.form(t);
        return form.equals(",") || form.equals(";") || tag == Upos.SCONJ || FUNCTION_WORDS.isClauseStart(form)
                // и right before the verb joins it to the subject of the verb before: … пофали … и рече
                || FUNCTION_WORDS.isAnd(form) && t + 1 < view.size() && view.tag(t + 1) == Upos.VERB;
    }

    /** The nearest person or organisation named in [from, to) whose name no preposition governs, or null. */
    static TextSpan nearestSubjectName(QuoteView view, int from, int to) {
        for (int t = to - 1; t >= from; t--) {
            EntityMention mention = view.mentionAt(t);
            if (view.inQuotation(t)) {
                continue;
            }
            if (mention != null && mention.type() != EntityType.LOC) {
                int[] range = view.tokensOf(mention, t);
                if (!governed(view, range[0], mention.type())) {
                    return view.span(range[0], range[1]);
                }
                t = range[0];
            }
        }
        return null;
    }

    /**
     * Whether a preposition governs the name at {@code start}: right before it, or, for a name
     * that is not a person's, before the noun it names (на својата мрежа Трут Сошал; за филмот
     * „…“). A person after a title's phrase is the title's (министерот за финансии Петар Петров).
     */
    private static boolean governed(QuoteView view, int start, EntityType type) {
        int k = start - 1;
        boolean inTitle = view.titled()[start];
        while (k >= 0 && view.titled()[k]) {
            k--; // a name inside a title is governed as the title is: за филмот „Господ постои, името ѝ е Петрунија“
        }
        if (k >= 0 && view.kind(k) == TokenKind.QUOTE) {
            k--;
        }
        if (type != EntityType.PER || inTitle) {
            int limit = k - 3; // at most three words for the noun the name is in apposition to
            while (k >= 0 && k >= limit && (view.tag(k) == Upos.NOUN || view.tag(k) == Upos.ADJ
                    || view.tag(k) == Upos.DET || view.tag(k) == Upos.PRON) && view.mentionAt(k) == null) {
                k--;
            }
        }
        return k >= 0 && view.tag(k) == Upos.ADP;
    }

    /** The nearest person or organisation named in [from, to), outside quotation marks, as a span. */
    static TextSpan nearestName(QuoteView view, int from, int to) {
        return lastNamed(view, from, to, type -> type != EntityType.LOC);
    }

    /**
     * The person named before a sentence's first verb, its subject (Сара ги крена рамениците;
     * Министерот … Муамет Хоџа беше категоричен), or null.
     */
    static TextSpan subjectPerson(QuoteView view, Sentence sentence) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Upos tag = view.tag(t);
            if (tag == Upos.VERB || tag == Upos.AUX) {
                return null;
            }
            EntityMention mention = view.mentionAt(t);
            if (mention != null && mention.type() == EntityType.PER && !view.inMarks(t)) {
                return view.mentionSpan(t);
            }
        }
        return null;
    }

    /** The last person named in [from, to), outside quotation marks, or null. */
    static TextSpan lastPerson(QuoteView view, int from, int to) {
        return lastNamed(view, from, to, type -> type == EntityType.PER);
    }

    /** The last name of a type {@code wanted} accepts in [from, to), outside quotation marks, or null. */
    private static TextSpan lastNamed(QuoteView view, int from, int to, Predicate<EntityType> wanted) {
        int last = view.lastOutsideMarks(from, to, t -> view.mentionAt(t) != null && wanted.test(view.mentionAt(t).type()));
        return last < 0 ? null : view.mentionSpan(last);
    }

    /** The people named before the marks in the sentence: one name, or the words from the first to the last. */
    static TextSpan peopleBefore(QuoteView view, int first, int open) {
        int from = -1;
        int to = -1;
        for (int t = first; t < open; t++) {
            EntityMention mention = view.mentionAt(t);
            if (mention != null && mention.type() == EntityType.PER) {
                if (from < 0) {
                    from = t;
                }
                to = t + 1;
            }
        }
        return from < 0 ? null : view.span(from, to);
    }
}
