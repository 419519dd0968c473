package org.vesnik.core.quotes;

import java.util.ArrayList;
import java.util.List;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.text.TextSpan;

/** Indirect speech: {@code X изјави дека …} and {@code според X, …}, with speaker, cue and the words reported. */
final class StatementFinder {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    private final SpeechVerbs verbs;
    private final Sources sources;

    StatementFinder(SpeechVerbs verbs, Sources sources) {
        this.verbs = verbs;
        this.sources = sources;
    }

    /** {@code X изјави дека …} and {@code според X, …}: the speaker, the cue and the words reported. */
    List<Statement> statements(QuoteView view, List<Sentence> sentences) {
        List<Statement> statements = new ArrayList<>();
        for (Sentence sentence : sentences) {
            int end = sentence.endToken();
            while (end > sentence.firstToken() && view.tag(end - 1) == Upos.PUNCT) {
                end--;
            }
            for (int t = sentence.firstToken(); t + 1 < end; t++) {
                if (FUNCTION_WORDS.isComplementizer(view.form(t + 1)) && verbs.isSpeechVerb(view, t)) {
                    TextSpan speaker = SubjectBeforeVerb.subjectBefore(view, sentence.firstToken(), t);
                    statements.add(new Statement(speaker, view.span(t, t + 1), view.span(t + 2, end)));
                } else if (FUNCTION_WORDS.isAccordingTo(view.form(t)) && t == sentence.firstToken()) {
                    int comma = t + 1;
                    while (comma < end && !view.form(comma).equals(",")) {
                        comma++;
                    }
                    if (comma < end) {
                        statements.add(new Statement(sources.according(view, t, comma), view.span(t, t + 1), view.span(comma + 1, end)));
                    }
                }
            }
        }
        return statements;
    }
}
