package org.vesnik.core.quotes;

import java.util.List;
import java.util.Optional;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;
import org.vesnik.core.rules.RuleList;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.text.TextSpan;

/**
 * Who said words whose own sentence names no speaker: the rules below, tried in order after
 * {@link Attribution}, look at the sentence after the marks, the last speaker, and the sentence
 * before.
 */
final class CarriedSpeakers {

    /**
     * Words in marks {@code [open, close]} of sentence {@code s} (closing in {@code closing}), what
     * their own sentence said of them, and the last speaker found and the sentence of their words.
     */
    record Unattributed(QuoteView view, List<Sentence> sentences, int s, Sentence closing, int open, int close, Said said,
                        TextSpan lastSpeaker, int lastSpeakerSentence) {

        Sentence sentence() {
            return sentences.get(s);
        }
    }

    private final SpeechVerbs verbs;
    private final RuleList<Unattributed, Said> rules;
    private final RuleBook book = RuleBook.load(CarriedSpeakers.class);

    CarriedSpeakers(SpeechVerbs verbs) {
        this.verbs = verbs;
        this.rules = RuleList.of(
                book.rule("tagged-by-next-sentence", "words whose ? or ! ended the sentence, a name and a speech verb opening the next",
                        "that name, in the same line of dialogue", this::taggedByNextSentence),
                book.rule("previous-speaker", "no speaker named, a speaker found in this sentence or the one before", "that speaker",
                        u -> u.lastSpeaker() != null && u.lastSpeakerSentence() >= u.s() - 1
                                ? Optional.of(Said.carriedOver(u.lastSpeaker(), u.said().cue(), u.said().source())) : Optional.empty()),
                book.rule("person-before-pronoun", "a cue whose subject is a pronoun", "the last person named before",
                        u -> u.said().cue() == null ? Optional.empty() : person(u).map(p -> Said.carriedOver(p, u.said().cue(), u.said().source()))),
                book.rule("actor-of-previous-sentence", "words alone, opening a sentence after one about someone", "that person",
                        u -> u.said().cue() == null && u.open() == u.sentence().firstToken() && u.s() > 0
                                ? Optional.ofNullable(SubjectBeforeVerb.subjectPerson(u.view(), u.sentences().get(u.s() - 1)))
                                        .map(actor -> Said.carriedOver(actor, null, u.said().source()))
                                : Optional.empty()));
    }

    RuleList<Unattributed, Said> rules() {
        return rules;
    }

    /** The last person named in this sentence or the one before, up to the marks. */
    private static Optional<TextSpan> person(Unattributed u) {
        int from = u.s() == 0 ? u.sentence().firstToken() : u.sentences().get(u.s() - 1).firstToken();
        return Optional.ofNullable(SubjectBeforeVerb.lastPerson(u.view(), from, u.open()));
    }

    /**
     * „Знаеш ли каде сме?“ Винстон го праша стражарот.: a sentence that opens with a name or
     * capitalised phrase and a speech verb, right after words whose ? ended their sentence.
     */
    private Optional<Said> taggedByNextSentence(Unattributed u) {
        QuoteView view = u.view();
        int next = view.words().sentenceOf(u.close()) + 1;
        if (u.said().cue() != null || next >= u.sentences().size() || u.close() + 1 != u.closing().endToken()) {
            return Optional.empty();
        }
        Sentence sentence = u.sentences().get(next);
        int first = sentence.firstToken();
        int end = first;
        if (view.mentionAt(first) != null) {
            end = view.tokensOf(view.mentionAt(first), first)[1];
        } else {
            while (end < sentence.endToken() && end < first + 3 && view.kind(end) == TokenKind.WORD && view.startsWithCapital(end)) {
                end++;
            }
        }
        int verb = end;
        while (verb < sentence.endToken() && view.isShortClitic(verb)) {
            verb++;
        }
        if (end == first || verb >= sentence.endToken() || !verbs.isSpeechVerb(view, verb)) {
            return Optional.empty();
        }
        return Optional.of(Said.inSentence(view.span(first, end), view.span(verb, verb + 1), null, null));
    }
}
