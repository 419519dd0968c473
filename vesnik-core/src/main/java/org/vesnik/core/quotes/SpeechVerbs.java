package org.vesnik.core.quotes;

import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.lang.Punctuation;
import org.vesnik.core.lang.ReportingVerbs;
import org.vesnik.core.morph.Analysis;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.resources.WordSet;
import org.vesnik.core.segment.TokenKind;

/**
 * Which words report someone's words: speech verbs by lemma, form or another reading (изјави,
 * рече), verbs that report only what they follow (потврди, почна), and which of them tags a
 * given pair of marks.
 */
final class SpeechVerbs {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    private final ReportingVerbs reporting = ReportingVerbs.macedonian();
    private final WordSet speechVerbs = reporting.speech();
    private final WordSet followingVerbs = reporting.following();

    /**
     * Whether token {@code t} is a speech verb: by its form, by its lemma when tagged a verb, or by
     * one of its other readings (изјави and одговори are also plural nouns, вети and призна were
     * read as adjectives; beside quotation marks they are mostly verbs).
     */
    boolean isSpeechVerb(QuoteView view, int t) {
        Upos tag = view.tag(t);
        if (tag == Upos.VERB || tag == Upos.AUX || tag == Upos.ADV) {
            // (an adverb too: the verbal adverb оценувајќи is read as one)
            return reporting.isSpeechVerb(view.lemma(t), view.form(t));
        }
        if (tag != Upos.NOUN && tag != Upos.ADJ) {
            return false;
        }
        return speechVerbs.contains(view.form(t)) || hasReading(view, view.form(t), Upos.VERB, speechVerbs);
    }

    /** Whether some reading of {@code form} is a {@code upos} whose lemma {@code lemmas} lists. */
    static boolean hasReading(QuoteView view, String form, Upos upos, WordSet lemmas) {
        for (Analysis reading : view.words().readings(form)) {
            if (reading.upos() == upos && lemmas.contains(reading.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speech verb that tags the marks before {@code from}: the first one in [from, to) that
     * stands right after a mark, comma or dash (рече Џулија како да му објавува …; објави КЦНА
     * after Путин ги нарече врските „…“), else the last one outside marks, or -1.
     */
    int taggingSpeechVerb(QuoteView view, int from, int to) {
        int tagging = view.firstOutsideMarks(from, to, t -> isSpeechVerb(view, t) && standsAfterPause(view, from, t));
        return tagging >= 0 ? tagging : speechVerbBetween(view, from, to);
    }

    /** Whether only clitics and auxiliaries stand between word {@code t} and a mark, comma or dash before it. */
    private static boolean standsAfterPause(QuoteView view, int from, int t) {
        int k = t - 1;
        while (k >= from && (view.isShortClitic(k) || FUNCTION_WORDS.isAuxiliary(view.lemma(k)))) {
            k--;
        }
        return k < from || view.form(k).equals(",") || Punctuation.isDash(view.form(k).charAt(0))
                || view.kind(k) == TokenKind.QUOTE;
    }

    /** The last speech verb in [from, to), outside any quotation marks, or -1. */
    int speechVerbBetween(QuoteView view, int from, int to) {
        return view.lastOutsideMarks(from, to, t -> isSpeechVerb(view, t));
    }

    /**
     * The verb that tags the quotation right after its closing mark, past a comma or dash, short
     * clitics and an auxiliary (се согласи Винстон, му имаше речено О'Брајан): its index, or -1.
     * It is one that reports a quotation only when it follows it ({@code followingVerbs}:
     * потврди, почна), or any verb with its subject after it when a comma, or the quotation's own
     * ! or ?, shows that a line of dialogue ended („…!“ липаше Винстон).
     */
    int verbRightAfter(QuoteView view, int close, int end) {
        int t = close + 1;
        boolean comma = t < end && (view.form(t).equals(",") || Punctuation.isDash(view.form(t).charAt(0)));
        if (comma) {
            t++;
        }
        while (t + 1 < end && (view.isShortClitic(t) || FUNCTION_WORDS.isAuxiliary(view.lemma(t)))) {
            t++;
        }
        if (t >= end) {
            return -1;
        }
        if (followingVerbs.contains(view.lemma(t)) || followingVerbs.contains(view.form(t))) {
            return t;
        }
        String last = view.form(close - 1);
        boolean lineEnded = comma || last.equals("!") || last.equals("?");
        return lineEnded && view.tag(t) == Upos.VERB && t + 1 < end && startsSubject(view, t + 1) ? t : -1;
    }

    /** The last verb of {@code followingVerbs} (бара, потврди) in [from, to), outside marks, or -1. */
    int followingVerbBefore(QuoteView view, int from, int to) {
        // by form too: the tagger reads бара before marks as a noun (a pond)
        return view.lastOutsideMarks(from, to, t -> view.tag(t) == Upos.VERB && followingVerbs.contains(view.lemma(t))
                || followingVerbs.contains(view.form(t)));
    }

    /** Whether a subject may start at {@code t}: a name, a noun or adjective, a personal pronoun. */
    private static boolean startsSubject(QuoteView view, int t) {
        Upos tag = view.tag(t);
        return view.mentionAt(t) != null || tag == Upos.NOUN || tag == Upos.PROPN || tag == Upos.ADJ
                || view.isPersonalPronoun(t);
    }

    /**
     * Whether the speech verb at {@code verb} tags the quotation that closes right before it
     * („…“, рече О'Брајан, „…“): its speaker then stands after it, for the next quotation too.
     */
    static boolean closesQuotation(QuoteView view, int first, int verb) {
        int t = verb - 1;
        while (t > first && (view.isShortClitic(t) || view.form(t).equals(",") || Punctuation.isDash(view.form(t).charAt(0)))) {
            t--;
        }
        return t >= first && view.kind(t) == TokenKind.QUOTE;
    }
}
