package org.vesnik.core.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vesnik.core.ner.EntityMention;
import org.vesnik.core.ner.NamedEntities;
import org.vesnik.core.rules.Decided;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Span;
import org.vesnik.core.text.Stage;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.view.TokenView;

/**
 * Reads what is in quotation marks: a title or name (весникот „Родонг Синмун“; a capitalised
 * name alone in marks) or someone's words. Who said the words is decided by the ordered, named
 * rules of {@link Attribution} (the subject of a speech verb before the marks, the one named after
 * a verb that follows them, a name and a colon …) and, where the sentence names no one, of
 * {@link CarriedSpeakers} (the last speaker, the person a pronoun stands for); who reports them by
 * {@link Reporters} (соопшти КЦНА after the marks, според KCNA), where a speaker is the subject of a
 * verb ({@link Subjects}) or named after it ({@link SpeakerAfterVerb}). {@code X изјави дека …} and
 * {@code според X, …} are also recorded as indirect statements ({@link StatementFinder}).
 */
public final class QuotationFinder implements Stage {

    private final SpeechVerbs verbs = new SpeechVerbs();
    private final TitleMarks titleMarks = new TitleMarks(verbs);
    private final Sources sources = new Sources();
    private final Subjects subjects = new Subjects();
    private final SpeakerAfterVerb speakers = new SpeakerAfterVerb();
    private final StatementFinder statementFinder = new StatementFinder(verbs, sources, subjects);
    private final Reporters reporters = new Reporters(verbs, sources, speakers);
    private final Attribution attribution = new Attribution(verbs, sources, subjects, speakers);
    private final CarriedSpeakers carriedSpeakers = new CarriedSpeakers(verbs);

    @Override
    public List<Layer<?>> needs() {
        return TokenView.LAYERS;
    }

    @Override
    public List<Layer<?>> uses() {
        return List.of(NamedEntities.LAYER);
    }

    @Override
    public List<Layer<?>> adds() {
        return List.of(Quotations.LAYER);
    }

    @Override
    public boolean macedonianOnly() {
        return true;
    }

    /** The rules that decide who said and who reports quoted words, and who speaks in indirect statements, in order. */
    public List<Rule<?, ?>> rules() {
        List<Rule<?, ?>> all = new ArrayList<>(attribution.rules().rules());
        all.addAll(carriedSpeakers.rules().rules());
        all.addAll(reporters.rules().rules());
        all.add(reporters.accordingTo());
        all.addAll(statementFinder.rules().rules());
        all.addAll(subjects.rules().rules());
        all.addAll(speakers.rules().rules());
        return List.copyOf(all);
    }

    @Override
    public void annotate(Document document) {
        TokenView words = TokenView.of(document);
        TokenList tokens = words.tokens();
        List<EntityMention> mentions = document.has(NamedEntities.LAYER)
                ? document.get(NamedEntities.LAYER).mentions() : List.of();
        List<QuotedRun> runs = QuotedRun.find(words.clean(), tokens, words.marks());
        QuoteView view = new QuoteView(words, mentionsByToken(tokens, mentions), QuotedRun.insideMarks(runs, tokens.size()),
                new boolean[tokens.size()]);
        List<TextSpan> titles = new ArrayList<>();
        List<QuotedRun> quoted = new ArrayList<>();
        for (QuotedRun marks : runs) {
            if (marks.close() - marks.open() < 2) {
                continue; // empty marks
            }
            if (!marks.runsOn() && titleMarks.isTitle(view, marks.open(), marks.close())) {
                titles.add(innerSpan(view, marks.open(), marks.close()));
                // a title's name may be a speaker (весникот „Гардијан“ објави): its words are not quoted
                Arrays.fill(view.quoted(), marks.open() + 1, marks.close(), false);
                Arrays.fill(view.titled(), marks.open() + 1, marks.close(), true);
            } else {
                quoted.add(marks);
            }
        }
        List<Quotation> quotations = new ArrayList<>();
        TextSpan lastSpeaker = null;
        int lastSpeakerSentence = -2;
        for (QuotedRun marks : quoted) {
            Quotation quotation = attribute(view, marks, lastSpeaker, lastSpeakerSentence);
            if (quotation.speaker() != null) {
                lastSpeaker = quotation.speaker();
                lastSpeakerSentence = words.sentenceOf(marks.close());
            }
            quotations.add(quotation);
        }
        List<Statement> statements = statementFinder.statements(view, words.sentences());
        document.add(Quotations.LAYER, new Quotations(quotations, titles, statements));
    }

    /** Who said and who reports the words in {@code marks}, given the last speaker found before them. */
    private Quotation attribute(QuoteView view, QuotedRun marks, TextSpan lastSpeaker, int lastSpeakerSentence) {
        int open = marks.open();
        int close = marks.close();
        List<Sentence> sentences = view.words().sentences();
        int s = view.words().sentenceOf(open);
        Sentence sentence = sentences.get(s);
        TextSpan inner = marks.runsOn() ? view.span(open + 1, close) : innerSpan(view, open, close);
        // words that run on to the end of the paragraph have nothing after them to name a speaker
        Sentence closing = sentences.get(view.words().sentenceOf(marks.runsOn() ? close - 1 : close));
        Reporters.Reporter reporter = reporters.find(view, sentence, closing, open, close);
        int before = verbs.speechVerbBetween(view, sentence.firstToken(), open);
        Marks context = new Marks(view, sentence, closing, open, close, before, reporter.cue(), reporter.source());
        Decided<Said> said = attribution.rules().decide(context).orElseThrow();
        if (said.value().speaker() == null) {
            said = carriedSpeakers.rules().decide(new CarriedSpeakers.Unattributed(view, sentences, s, closing, open, close,
                    said.value(), lastSpeaker, lastSpeakerSentence)).orElse(said);
        }
        Said words = said.value();
        return new Quotation(inner, words.speaker(), words.cue(), words.source(), words.about(),
                words.carried() ? "context" : "sentence", words.rule(said.rule()), words.source() == null ? null : reporter.rule());
    }

    /** Each token's entity mention, or null. */
    private static EntityMention[] mentionsByToken(TokenList tokens, List<EntityMention> mentions) {
        int[] spanOf = tokens.spanOfEachToken(mentions.stream().mapToInt(EntityMention::start).toArray(),
                mentions.stream().mapToInt(EntityMention::end).toArray());
        EntityMention[] byToken = new EntityMention[spanOf.length];
        for (int t = 0; t < spanOf.length; t++) {
            byToken[t] = spanOf[t] < 0 ? null : mentions.get(spanOf[t]);
        }
        return byToken;
    }

    private static TextSpan innerSpan(QuoteView view, int open, int close) {
        Span inside = view.words().tokens().between(open, close);
        return new TextSpan(inside, view.words().document().text(inside), null);
    }
}
