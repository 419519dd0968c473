package org.vesnik.core.quotes;

import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.ner.EntityMention;
import org.vesnik.core.ner.EntityType;
import org.vesnik.core.resources.WordSet;
import org.vesnik.core.text.TextSpan;

/**
 * Who the words come from when no speech verb names them: според X, a document's owner
 * (според извештајот на X; Изјавата на X дека „…“; „…“, стои во соопштението на X).
 */
final class Sources {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    private final WordSet documentNouns = WordSet.load(Sources.class, "document-nouns.txt");

    /** The X of {@code според X} in [from, to), or null; the author of {@code според извештајот на X}. */
    TextSpan according(QuoteView view, int from, int to) {
        for (int t = from; t + 1 < to; t++) {
            if (FUNCTION_WORDS.isAccordingTo(view.form(t))) {
                if (view.isPronounOfPerson(t + 1)) {
                    return null; // според него: whoever the context names
                }
                if (t + 3 < to && documentNouns.contains(view.lemma(t + 1)) && FUNCTION_WORDS.isOf(view.form(t + 2))) {
                    t += 2; // според извештајот на Заводот …: the office that wrote it
                }
                EntityMention mention = view.mentionAt(t + 1);
                if (mention != null) {
                    return view.mentionSpan(t + 1);
                }
                int end = t + 1;
                while (end < to && end <= t + QuoteView.MAX_SUBJECT_WORDS && view.tag(end) != Upos.PUNCT) {
                    end++;
                }
                // според претседателот на Стопанската комора Бранко Азески: the person the title names
                for (int k = t + 2; k < end; k++) {
                    if (view.mentionAt(k) != null && view.mentionAt(k).type() == EntityType.PER) {
                        return view.mentionSpan(k);
                    }
                }
                // според (турската) агенција Танјуг: the name after the words that say what it is
                int noun = t + 1;
                while (noun < end && view.tag(noun) == Upos.ADJ && view.mentionAt(noun) == null) {
                    noun++;
                }
                if (noun + 1 < end && view.tag(noun) == Upos.NOUN && view.mentionAt(noun + 1) != null
                        && view.mentionAt(noun + 1).type() == EntityType.ORG) {
                    return view.mentionSpan(noun + 1);
                }
                return view.span(t + 1, end);
            }
        }
        return null;
    }

    static TextSpan accordingCue(QuoteView view, int from, int to) {
        for (int t = from; t < to; t++) {
            if (FUNCTION_WORDS.isAccordingTo(view.form(t))) {
                return view.span(t, t + 1);
            }
        }
        return null;
    }

    /**
     * The owner of a statement noun before the marks, with дека or a colon between them and the
     * marks (Изјавата на грчкиот премиер дека „…“; Пораката на X беше јасна: „…“): a name, or the
     * noun phrase; or null.
     */
    TextSpan documentOwnerBefore(QuoteView view, int first, int open) {
        for (int t = first; t + 2 < open; t++) {
            if (view.inMarks(t) || !documentNouns.contains(view.lemma(t)) || !FUNCTION_WORDS.isOf(view.form(t + 1))) {
                continue;
            }
            int end = view.mentionAt(t + 2) != null ? view.tokensOf(view.mentionAt(t + 2), t + 2)[1] : SubjectBeforeVerb.phraseEnd(view, t + 2, open);
            boolean introduces = false;
            for (int k = end; k < open; k++) {
                introduces |= FUNCTION_WORDS.isComplementizer(view.form(k)) || view.form(k).equals(":");
            }
            if (end > t + 2 && introduces) {
                return view.mentionAt(t + 2) != null && view.mentionAt(t + 2).type() != EntityType.LOC
                        ? view.mentionSpan(t + 2) : view.span(t + 2, end);
            }
        }
        return null;
    }

    /**
     * The document noun of {@code „…“, е одлуката на X} or {@code „…“, стои во соопштението на X}
     * right after the closing mark, with на after it: its index, or -1.
     */
    int documentAfterCopula(QuoteView view, int close, int end) {
        int t = close + 1;
        if (t < end && view.form(t).equals(",")) {
            t++;
        }
        while (t < end && view.isShortClitic(t)) {
            t++; // се вели
        }
        if (t + 3 >= end || !(view.tag(t) == Upos.AUX || view.tag(t) == Upos.VERB)) {
            return -1;
        }
        t++;
        if (view.tag(t - 1) != Upos.AUX || !FUNCTION_WORDS.isAuxiliary(view.lemma(t - 1))) {
            // стои во соопштението на …: a verb of being written, then where
            if (view.tag(t) != Upos.ADP || t + 3 >= end) {
                return -1;
            }
            t++;
        }
        return documentNouns.contains(view.lemma(t)) && FUNCTION_WORDS.isOf(view.form(t + 1)) ? t : -1;
    }

    /** The last дека or оти in [from, to), outside marks, or -1. */
    static int complementizerBefore(QuoteView view, int from, int to) {
        return view.lastOutsideMarks(from, to, t -> FUNCTION_WORDS.isComplementizer(view.form(t)));
    }

    /** Whether token {@code t} is a noun for what an author issues (зборовите, пораката, изјавата). */
    boolean isDocumentNoun(QuoteView view, int t) {
        return view.tag(t) == Upos.NOUN && documentNouns.contains(view.lemma(t));
    }
}
