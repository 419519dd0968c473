package org.vesnik.core.quotes;

import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.lang.Punctuation;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.resources.WordSet;

/**
 * Whether quotation marks enclose a title or a name (весникот „Родонг Синмун“, a capitalised name
 * alone in marks, a nickname after т.н.) rather than someone's words.
 */
final class TitleMarks {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    private static final int MAX_TITLE_WORDS = 6;

    private final WordSet titleNouns = WordSet.load(TitleMarks.class, "title-nouns.txt");
    private final WordSet namingWords = WordSet.load(TitleMarks.class, "naming-words.txt");
    private final SpeechVerbs verbs;

    TitleMarks(SpeechVerbs verbs) {
        this.verbs = verbs;
    }

    /** Marks around a title or name: after a title noun (весникот), or around a short run of capitalised words. */
    boolean isTitle(QuoteView view, int open, int close) {
        // a name starts with a capital or a digit, a law's with a preposition (законот „за јавен ред и мир“):
        // продавници „што работат на слободниот пазар“ are words
        boolean named = view.startsWithCapital(open + 1)
                || Character.isDigit(view.words().surface(open + 1).charAt(0))
                || view.tag(open + 1) == Upos.ADP;
        if (named && open > 0 && isTitleNoun(view, open - 1)) {
            return true;
        }
        // a title noun and the kind of work between it and the marks (збирката раскази „…“)
        if (named && open > 1 && view.tag(open - 1) == Upos.NOUN && isTitleNoun(view, open - 2)) {
            return true;
        }
        if (close - open - 1 > MAX_TITLE_WORDS) {
            return false;
        }
        if (isEpithet(view, open, close)) {
            return true;
        }
        // „Не“, одговори таа; „Ајде“, и имаше речено Петре: words someone says, however short
        int next = close + 1 < view.size() && view.form(close + 1).equals(",") ? close + 2 : close + 1;
        if (next < view.size() && verbs.isSpeechVerb(view, next) || verbs.verbRightAfter(view, close, view.size()) >= 0) {
            return false;
        }
        for (int t = open + 1; t < close; t++) {
            if (!view.startsWithCapital(t) || view.tag(t) == Upos.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks around a nickname or epithet: after a naming word (т.н. „зелен коридор“, познат како
     * „…“), or words without a verb set off by commas after a name (Ерусалим, „градот на Давид“, …).
     */
    private boolean isEpithet(QuoteView view, int open, int close) {
        int before = open - 1;
        if (before > 0 && FUNCTION_WORDS.isAs(view.form(before))) {
            before--; // познат како
        }
        if (before >= 0 && namingWords.contains(view.form(before).toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (open < 2 || !view.form(open - 1).equals(",") || view.mentionAt(open - 2) == null) {
            return false;
        }
        // the name stands alone, not after a preposition or според (според Заводот, „…“ quotes it)
        int name = view.tokensOf(view.mentionAt(open - 2), open - 2)[0];
        if (name > 0 && (view.tag(name - 1) == Upos.ADP || FUNCTION_WORDS.isAccordingTo(view.form(name - 1)))) {
            return false;
        }
        for (int t = open + 1; t < close; t++) {
            Upos tag = view.tag(t);
            if (tag != Upos.NOUN && tag != Upos.ADJ && tag != Upos.PROPN && tag != Upos.ADP && tag != Upos.DET
                    && tag != Upos.NUM && tag != Upos.CCONJ) {
                return false; // a verb or a pronoun: someone's words
            }
        }
        int after = close + 1;
        return after >= view.size() || view.form(after).equals(",") || Punctuation.isDash(view.form(after).charAt(0))
                || view.form(after).equals(")") || Punctuation.isTerminal(view.form(after).charAt(0));
    }

    private boolean isTitleNoun(QuoteView view, int t) {
        // a title noun the tagger read otherwise: колумната, guessed as an adjective, is also колумна
        return titleNouns.contains(view.lemma(t)) || SpeechVerbs.hasReading(view, view.form(t), Upos.NOUN, titleNouns);
    }
}
