package org.vesnik.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.rules.Decided;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;
import org.vesnik.core.rules.RuleList;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.text.TextSpan;

/** Indirect speech: {@code X изјави дека …} and {@code според X, …}, with speaker, cue and the words reported. */
final class StatementFinder {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    /** Word {@code t} of a sentence that ends, its closing marks left out, at {@code end}. */
    record Word(QuoteView view, Sentence sentence, int t, int end) {
    }

    /** What a statement reports: who, the reporting word, the words reported, and the rule of {@link Subjects} that found who (or null). */
    private record Reported(TextSpan speaker, TextSpan cue, TextSpan content, String detail) {
    }

    private final RuleList<Word, Reported> rules;
    private final RuleBook book = RuleBook.load(StatementFinder.class);

    StatementFinder(SpeechVerbs verbs, Sources sources, Subjects subjects) {
        this.rules = RuleList.<Word, Reported>of(
                book.rule("speech-verb-and-deka", "a speech verb followed by a complementizer (function-words.tsv)", "the verb's subject says what follows",
                        w -> {
                            if (!FUNCTION_WORDS.isComplementizer(w.view().form(w.t() + 1)) || !verbs.isSpeechVerb(w.view(), w.t())) {
                                return Optional.empty();
                            }
                            Decided<Subjects.Found> speaker = subjects.subjectOf(w.view(), w.sentence().firstToken(), w.t());
                            return Optional.of(new Reported(speaker.value().words(), w.view().span(w.t(), w.t() + 1),
                                    w.view().span(w.t() + 2, w.end()), speaker.value().words() == null ? null : speaker.rule()));
                        }),
                book.rule("according-to-opening", "the preposition of sources opening the sentence, then a comma", "the one it names says what follows",
                        w -> {
                            if (!FUNCTION_WORDS.isAccordingTo(w.view().form(w.t())) || w.t() != w.sentence().firstToken()) {
                                return Optional.empty();
                            }
                            int comma = w.t() + 1;
                            while (comma < w.end() && !w.view().form(comma).equals(",")) {
                                comma++;
                            }
                            return comma < w.end() ? Optional.of(new Reported(sources.according(w.view(), w.t(), comma),
                                    w.view().span(w.t(), w.t() + 1), w.view().span(comma + 1, w.end()), null)) : Optional.empty();
                        }));
    }

    RuleList<Word, Reported> rules() {
        return rules;
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
                Optional<Decided<Reported>> found = rules.decide(new Word(view, sentence, t, end));
                if (found.isPresent()) {
                    Reported reported = found.get().value();
                    String rule = reported.detail() == null ? found.get().rule() : found.get().rule() + "/" + reported.detail();
                    statements.add(new Statement(reported.speaker(), reported.cue(), reported.content(), rule));
                }
            }
        }
        return statements;
    }
}
