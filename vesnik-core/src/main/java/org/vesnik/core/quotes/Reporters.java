package org.vesnik.core.quotes;

import java.util.Optional;
import org.vesnik.core.rules.Decided;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;
import org.vesnik.core.rules.RuleList;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.text.TextSpan;

/**
 * Who reports the words in a pair of quotation marks: the one a reporting word after the marks
 * names (the rules below, in order), else the X of {@code според X} in the sentence. The rule
 * that found the reporter is the quotation's source rule.
 */
final class Reporters {

    static final String ACCORDING_TO = "according-to";

    /** The marks, the verb that tags them after the closing mark ({@code verb}, -1 for none) and where the sentence ends. */
    record After(QuoteView view, int close, int verb, int end) {
    }

    /** What stands after the marks: the reporting word's token ({@code cue}), whom it names (or null), and the rule of {@link SpeakerAfterVerb} that found them (or null). */
    record Tag(int cue, TextSpan reporter, String detail) {
    }

    /** A reporter and the rule that found it, or none. */
    record Reporter(int cue, TextSpan source, String rule) {
    }

    private final SpeechVerbs verbs;
    private final Sources sources;
    private final RuleList<After, Tag> rules;
    private final Rule<Marks, TextSpan> accordingTo;
    private final RuleBook book = RuleBook.load(Reporters.class);

    Reporters(SpeechVerbs verbs, Sources sources, SpeakerAfterVerb speakers) {
        this.verbs = verbs;
        this.sources = sources;
        this.rules = RuleList.<After, Tag>of(
                book.rule("named-after-verb-after", "a speech verb, or a verb of following, after the marks", "the one named after it",
                        a -> a.verb() < 0 ? Optional.empty() : speakers.speakerOf(a.view(), a.verb(), a.end())
                                .filter(found -> found.value().words() != null)
                                .map(found -> new Tag(a.verb(), found.value().words(), found.rule()))),
                book.rule("name-before-verb-after", "a name between the marks and the speech verb after them", "that name",
                        a -> a.verb() < 0 ? Optional.empty()
                                : Optional.ofNullable(SubjectBeforeVerb.nearestName(a.view(), a.close() + 1, a.verb()))
                                .map(reporter -> new Tag(a.verb(), reporter, null))),
                book.rule("document-after-copula", "a copula or a verb of being written, then a document noun (document-nouns.txt) and its owner, right after the marks",
                        "the document's author: the document's noun is the cue", a -> {
                            int document = sources.documentAfterCopula(a.view(), a.close(), a.end());
                            return document < 0 ? Optional.empty()
                                    : Optional.of(new Tag(document, SpeakerAfterVerb.fromWhom(a.view(), document + 2, a.end()), null));
                        }));
        this.accordingTo = book.rule(ACCORDING_TO, "the preposition of sources (function-words.tsv: according-to) in the sentence, with no reporter after the marks", "the one it names",
                m -> Optional.ofNullable(sources.according(m.view(), m.first(), m.end())));
    }

    RuleList<After, Tag> rules() {
        return rules;
    }

    Rule<Marks, TextSpan> accordingTo() {
        return accordingTo;
    }

    /** The reporter of the marks {@code [open, close]} that open in {@code sentence} and close in {@code closing}. */
    Reporter find(QuoteView view, Sentence sentence, Sentence closing, int open, int close) {
        int verb = verbs.taggingSpeechVerb(view, close + 1, closing.endToken());
        if (verb < 0) {
            verb = verbs.verbRightAfter(view, close, closing.endToken()); // „…“, потврди портпаролката
        }
        Optional<Decided<Tag>> tag = rules.decide(new After(view, close, verb, closing.endToken()));
        int cue = tag.map(t -> t.value().cue()).orElse(verb);
        if (tag.isPresent() && tag.get().value().reporter() != null) {
            String detail = tag.get().value().detail();
            return new Reporter(cue, tag.get().value().reporter(), detail == null ? tag.get().rule() : tag.get().rule() + "/" + detail);
        }
        Marks marks = new Marks(view, sentence, closing, open, close, -1, cue, null);
        return accordingTo.apply(marks).map(source -> new Reporter(cue, source, ACCORDING_TO)).orElse(new Reporter(cue, null, null));
    }
}
