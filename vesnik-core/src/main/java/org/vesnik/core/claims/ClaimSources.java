package org.vesnik.core.claims;

import java.util.Optional;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.rules.Decided;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;
import org.vesnik.core.rules.RuleList;
import org.vesnik.core.text.TextSpan;

/**
 * Who states a sentence's claims, and with which reporting verb (процени, соопшти, изјави:
 * reporting-verbs.tsv: claim): the rules below, tried in order, the first that applies deciding.
 */
final class ClaimSources {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();
    private static final int MAX_SOURCE_WORDS = 10;

    /** A sentence, its first reporting verb ({@code cue}) and its first според ({@code according}), each -1 when none. */
    record Reported(DatedTokens view, int cue, int according) {
    }

    private final ClaimWords words;
    private final RuleList<Reported, TextSpan> rules;
    private final RuleBook book = RuleBook.load(ClaimSources.class);

    ClaimSources(ClaimWords words) {
        this.words = words;
        this.rules = RuleList.of(
                book.rule("according-to", "the preposition of sources (function-words.tsv: according-to) in the sentence", "the words after it, up to a mark or a date",
                        ClaimSources::accordingTo),
                book.rule("subject-of-reporting-verb", "a reporting verb, a noun phrase of at most ten words before it",
                        "the words before the verb, less dates, adverbs and clitics at their end", ClaimSources::subject),
                book.rule("named-after-reporting-verb", "a reporting verb with no subject before it", "the noun phrase after it",
                        ClaimSources::namedAfter));
    }

    RuleList<Reported, TextSpan> rules() {
        return rules;
    }

    /** The sentence's first reporting verb (процени, соопшти, изјави), or -1. */
    int reportingVerb(DatedTokens view) {
        for (int i = 0; i < view.words().size(); i++) {
            if ((view.words().tag(i) == Upos.VERB || view.words().tag(i) == Upos.AUX) && words.reportingVerbs.contains(view.words().lemma(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Who states the claims of a sentence whose first reporting verb is {@code cue}, and the rule that found it. */
    Optional<Decided<TextSpan>> source(DatedTokens view, int cue) {
        int according = -1;
        for (int i = 0; i + 1 < view.words().size() && according < 0; i++) {
            if (FUNCTION_WORDS.isAccordingTo(view.words().form(i))) {
                according = i;
            }
        }
        return rules.decide(new Reported(view, cue, according));
    }

    /** The X of {@code според X}, up to a comma or a date. */
    private static Optional<TextSpan> accordingTo(Reported r) {
        if (r.according() < 0) {
            return Optional.empty();
        }
        DatedTokens view = r.view();
        int i = r.according();
        int end = i + 1;
        while (end < view.words().size() && end <= i + MAX_SOURCE_WORDS && view.words().tag(end) != Upos.PUNCT && !view.inDate(end)) {
            end++;
        }
        return end > i + 1 ? Optional.of(view.phrase(i + 1, end)) : Optional.empty();
    }

    /** The subject before the reporting verb: its words from the sentence's start, less dates, adverbs and clitics at its end. */
    private static Optional<TextSpan> subject(Reported r) {
        if (r.according() >= 0 || r.cue() < 0) {
            return Optional.empty();
        }
        DatedTokens view = r.view();
        int start = 0;
        while (start < r.cue() && (view.words().tag(start) == Upos.CCONJ || view.words().tag(start) == Upos.PUNCT)) {
            start++;
        }
        int end = r.cue();
        while (end > start && (view.inDate(end - 1) || isFiller(view.words().tag(end - 1)))) {
            end--;
        }
        return end > start && end - start <= MAX_SOURCE_WORDS && hasNoun(view, start, end)
                ? Optional.of(view.phrase(start, end)) : Optional.empty();
    }

    /** Inverted: „…“, соопшти КЦНА; објави во четврток агенцијата КЦНА. */
    private static Optional<TextSpan> namedAfter(Reported r) {
        if (r.according() >= 0 || r.cue() < 0) {
            return Optional.empty();
        }
        DatedTokens view = r.view();
        int after = r.cue() + 1;
        while (after < view.words().size() && (view.inDate(after) || view.words().tag(after) == Upos.ADP)) {
            after++;
        }
        int stop = after;
        while (stop < view.words().size() && view.words().tag(stop) != Upos.PUNCT && stop < after + MAX_SOURCE_WORDS
                && view.words().tag(stop) != Upos.VERB && view.words().tag(stop) != Upos.SCONJ) {
            stop++;
        }
        return stop > after && hasNoun(view, after, stop) ? Optional.of(view.phrase(after, stop)) : Optional.empty();
    }

    private static boolean isFiller(Upos tag) {
        return tag == Upos.ADV || tag == Upos.PART || tag == Upos.PRON || tag == Upos.PUNCT || tag == Upos.ADP;
    }

    private static boolean hasNoun(DatedTokens view, int from, int to) {
        for (int i = from; i < to; i++) {
            if (view.words().tag(i) == Upos.NOUN || view.words().tag(i) == Upos.PROPN) {
                return true;
            }
        }
        return false;
    }
}
