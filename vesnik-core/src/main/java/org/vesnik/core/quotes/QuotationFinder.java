package org.vesnik.core.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.ner.EntityMention;
import org.vesnik.core.ner.EntityType;
import org.vesnik.core.ner.NamedEntities;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Span;
import org.vesnik.core.text.Stage;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.view.TokenView;

/**
 * Reads what is in quotation marks: a title or name (весникот „Родонг Синмун“; a capitalised
 * name alone in marks) or someone's words. For words, the speaker is the subject of the nearest
 * speech verb before the marks in the sentence (Ким изјави дека … „…“; Путин ги нарече врските
 * „специјални“), else the one named after a speech verb that follows (‚„…“, соопшти КЦНА‘), else
 * the X of {@code според X}, else the speaker of the previous sentence's quotation (carried over).
 * When a name stands right before the marks with no speech verb of its own and a reporter is
 * named after them (Путин „високо ги пофали“ …, додаде KCNA), the words are the reporter's,
 * about that name. A reporter named after the marks, or with {@code според}, is the source.
 * {@code X изјави дека …} and {@code според X, …} are also recorded as indirect statements.
 */
public final class QuotationFinder implements Stage {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    private final SpeechVerbs verbs = new SpeechVerbs();
    private final TitleMarks titleMarks = new TitleMarks(verbs);
    private final Sources sources = new Sources();
    private final StatementFinder statementFinder = new StatementFinder(verbs, sources);

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

    @Override
    public void annotate(Document document) {
        TokenView words = TokenView.of(document);
        TokenList tokens = words.tokens();
        List<EntityMention> mentions = document.has(NamedEntities.LAYER)
                ? document.get(NamedEntities.LAYER).mentions() : List.of();
        List<QuotedRun> runs = QuotedRun.find(words.clean(), tokens, words.marks());
        QuoteView view = new QuoteView(words, mentionsByToken(tokens, mentions), QuotedRun.insideMarks(runs, tokens.size()),
                new boolean[tokens.size()]);
        List<Sentence> sentences = words.sentences();
        List<Quotation> quotations = new ArrayList<>();
        List<TextSpan> titles = new ArrayList<>();
        TextSpan lastSpeaker = null;
        int lastSpeakerSentence = -2;
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
        for (QuotedRun marks : quoted) {
            int open = marks.open();
            int close = marks.close();
            int s = sentenceOf(sentences, open);
            Sentence sentence = sentences.get(s);
            TextSpan inner = marks.runsOn() ? view.span(open + 1, close) : innerSpan(view, open, close);
            // words that run on to the end of the paragraph have nothing after them to name a speaker
            Sentence closing = sentences.get(sentenceOf(sentences, marks.runsOn() ? close - 1 : close));
            Quotation quotation = attribute(view, sentence, closing, open, close, inner);
            int next = sentenceOf(sentences, close) + 1;
            if (quotation.speaker() == null && quotation.cue() == null && next < sentences.size()
                    && close + 1 == closing.endToken()) {
                // „Знаеш ли каде сме?“ Винстон го праша стражарот.: the ? ended the sentence, not the line
                Quotation tagged = taggedByNextSentence(view, sentences.get(next), inner);
                quotation = tagged != null ? tagged : quotation;
            }
            if (quotation.speaker() == null && lastSpeaker != null && lastSpeakerSentence >= s - 1) {
                quotation = new Quotation(inner, lastSpeaker, quotation.cue(), quotation.source(), null, "context");
            } else if (quotation.speaker() == null && quotation.cue() != null) {
                // Министерката Ана Петровска беше јасна. „…“, додаде таа.
                TextSpan person = SubjectBeforeVerb.lastPerson(view, s == 0 ? sentence.firstToken() : sentences.get(s - 1).firstToken(), open);
                if (person != null) {
                    quotation = new Quotation(inner, person, quotation.cue(), quotation.source(), null, "context");
                }
            } else if (quotation.speaker() == null && open == sentence.firstToken() && s > 0) {
                // Сара ги крена рамениците. „Не знам.“ — words after a sentence about someone are theirs
                TextSpan actor = SubjectBeforeVerb.subjectPerson(view, sentences.get(s - 1));
                if (actor != null) {
                    quotation = new Quotation(inner, actor, null, quotation.source(), null, "context");
                }
            }
            if (quotation.speaker() != null) {
                lastSpeaker = quotation.speaker();
                lastSpeakerSentence = sentenceOf(sentences, close);
            }
            quotations.add(quotation);
        }
        List<Statement> statements = statementFinder.statements(view, sentences);
        document.add(Quotations.LAYER, new Quotations(quotations, titles, statements));
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

    /**
     * A sentence that opens with a name or capitalised phrase and a speech verb (Винстон го праша
     * стражарот): the tag of the words just before it; or null.
     */
    private Quotation taggedByNextSentence(QuoteView view, Sentence sentence, TextSpan inner) {
        int first = sentence.firstToken();
        int end = first;
        EntityMention mention = view.mentionAt(first);
        if (mention != null) {
            end = view.tokensOf(mention, first)[1];
        } else {
            while (end < sentence.endToken() && end < first + 3 && view.kind(end) == TokenKind.WORD
                    && view.startsWithCapital(end)) {
                end++;
            }
        }
        int verb = end;
        while (verb < sentence.endToken() && view.isShortClitic(verb)) {
            verb++;
        }
        if (end == first || verb >= sentence.endToken() || !verbs.isSpeechVerb(view, verb)) {
            return null;
        }
        return new Quotation(inner, view.span(first, end), view.span(verb, verb + 1), null, null, "sentence");
    }

    private static TextSpan innerSpan(QuoteView view, int open, int close) {
        Span inside = view.words().tokens().between(open, close);
        return new TextSpan(inside, view.words().document().text(inside), null);
    }

    private static int sentenceOf(List<Sentence> sentences, int token) {
        for (int s = 0; s < sentences.size(); s++) {
            if (token < sentences.get(s).endToken()) {
                return s;
            }
        }
        return sentences.size() - 1;
    }

    private Quotation attribute(QuoteView view, Sentence sentence, Sentence closing, int open, int close, TextSpan inner) {
        int before = verbs.speechVerbBetween(view, sentence.firstToken(), open);
        int after = verbs.taggingSpeechVerb(view, close + 1, closing.endToken());
        if (after < 0) {
            after = verbs.verbRightAfter(view, close, closing.endToken()); // „…“, потврди портпаролката
        }
        TextSpan afterSpeaker = after >= 0 ? SpeakerAfterVerb.speakerAfter(view, after, closing.endToken()) : null;
        if (after >= 0 && afterSpeaker == null) {
            afterSpeaker = SubjectBeforeVerb.nearestName(view, close + 1, after); // „…“, Петковски рече
        }
        if (afterSpeaker == null) {
            // „…“, е одлуката на Регулаторната комисија; „…“, се вели во соопштението на …: whose text the words are
            int document = sources.documentAfterCopula(view, close, closing.endToken());
            if (document >= 0) {
                after = document;
                afterSpeaker = SpeakerAfterVerb.fromWhom(view, document + 2, closing.endToken());
            }
        }
        TextSpan according = sources.according(view, sentence.firstToken(), closing.endToken());
        TextSpan source = afterSpeaker != null ? afterSpeaker : according;
        if (before >= 0) {
            // „…“, рече О'Брајан, „…“ and На прашањето одговори министерот Горан Петров: „…“ — the subject after the verb
            boolean inverted = SpeechVerbs.closesQuotation(view, sentence.firstToken(), before);
            // … but a name before the verb is its subject: Таравари ги повика граѓаните: „…“
            boolean colonAfterObject = open - 1 > before + 1 && view.form(open - 1).equals(":")
                    && SubjectBeforeVerb.nearestSubjectName(view, sentence.firstToken(), before) == null;
            TextSpan speaker = inverted || colonAfterObject ? SpeakerAfterVerb.speakerAfter(view, before, open - 1) : null;
            if (speaker == null) {
                speaker = SubjectBeforeVerb.subjectBefore(view, sentence.firstToken(), before);
            }
            if (speaker == null && !inverted && !colonAfterObject) {
                speaker = SpeakerAfterVerb.speakerAfter(view, before, open); // Како што изјави министерката … Весна Јанева, „…“
            }
            if (speaker != null) {
                return new Quotation(inner, speaker, view.span(before, before + 1), reporterBesides(source, speaker), null, "sentence");
            }
        }
        // Путин: „…“ — a name and a colon introduce the words as a speech verb would
        if (open >= sentence.firstToken() + 2 && view.form(open - 1).equals(":")) {
            EntityMention colonSpeaker = view.mentionAt(open - 2);
            if (colonSpeaker != null && colonSpeaker.type() != EntityType.LOC) {
                return new Quotation(inner, view.mentionSpan(open - 2), null, source, null, "sentence");
            }
            // Тренерот Благоја Милевски по поразот беше краток: „…“ — the subject before the colon
            TextSpan subject = SubjectBeforeVerb.nearestSubjectName(view, sentence.firstToken(), open - 1);
            if (subject == null && sources.documentOwnerBefore(view, sentence.firstToken(), open) == null) {
                subject = SubjectBeforeVerb.openingPhrase(view, sentence.firstToken(), open - 1); // Капетанот се сврте кон екипажот: „…“
            }
            if (subject != null) {
                return new Quotation(inner, subject, null, source, null, "sentence");
            }
        }
        // Со зборовите „ова е нашата победа“ капитенот Стефан Ристовски …: the words of the subject after them
        if (open > sentence.firstToken() && sources.isDocumentNoun(view, open - 1)) {
            int verb = SubjectBeforeVerb.firstVerb(view, close + 1, closing.endToken());
            TextSpan subject = verb >= 0 ? SubjectBeforeVerb.nearestSubjectName(view, close + 1, verb) : null;
            if (subject != null) {
                return new Quotation(inner, subject, null, source, null, "sentence");
            }
        }
        // Ким ги пофали војниците како „херои на татковината“: the words the subject describes with
        if (open > sentence.firstToken() && FUNCTION_WORDS.isAs(view.form(open - 1))) {
            // (a verb with its object's clitic before it: not зборови како „одличен“, words named as examples)
            int verb = SubjectBeforeVerb.lastVerb(view, sentence.firstToken(), open - 1);
            boolean describes = verb > sentence.firstToken() && FUNCTION_WORDS.isObjectClitic(view.form(verb - 1));
            TextSpan describer = describes ? SubjectBeforeVerb.subjectBefore(view, sentence.firstToken(), verb) : null;
            if (describer != null) {
                return new Quotation(inner, describer, view.span(verb, verb + 1), reporterBesides(source, describer), null, "sentence");
            }
        }
        // a name right before the marks, no verb of its own: the reporter's words about it
        EntityMention named = open > sentence.firstToken() ? view.mentionAt(open - 1) : null;
        if (source != null) {
            TextSpan cue = after >= 0 ? view.span(after, after + 1) : Sources.accordingCue(view, sentence.firstToken(), closing.endToken());
            TextSpan about = null;
            if (named != null) {
                about = view.mentionSpan(open - 1);
            } else {
                about = SubjectBeforeVerb.peopleBefore(view, sentence.firstToken(), open); // Ким и Путин … „цврста волја“
            }
            return new Quotation(inner, source, cue, source, about, "sentence");
        }
        // Изјавата на грчкиот премиер дека „…“: a statement's owner said the words it carries
        TextSpan owner = sources.documentOwnerBefore(view, sentence.firstToken(), open);
        if (owner != null) {
            return new Quotation(inner, owner, null, null, null, "sentence");
        }
        // Сите аналитичари се согласни дека „…“: дека reports what the subject holds, whatever the predicate
        int complementizer = Sources.complementizerBefore(view, sentence.firstToken(), open);
        TextSpan holder = complementizer > sentence.firstToken() ? SubjectBeforeVerb.subjectBefore(view, sentence.firstToken(), complementizer) : null;
        if (holder != null) {
            return new Quotation(inner, holder, null, null, null, "sentence");
        }
        // Синдикатот бара „достоинствени плати“: the words the subject asks for or confirms are its own
        int objectVerb = verbs.followingVerbBefore(view, sentence.firstToken(), open);
        TextSpan subject = objectVerb >= 0 ? SubjectBeforeVerb.subjectBefore(view, sentence.firstToken(), objectVerb) : null;
        if (subject != null) {
            return new Quotation(inner, subject, view.span(objectVerb, objectVerb + 1), null, null, "sentence");
        }
        // „…“, додаде таа; според него, „…“: the cue is known, the speaker is whoever the pronoun is
        TextSpan cue = after >= 0 ? view.span(after, after + 1) : Sources.accordingCue(view, sentence.firstToken(), closing.endToken());
        return new Quotation(inner, null, cue, null, null, "sentence");
    }

    /** The source as the quotation's reporter, unless it is the speaker: null then, or with no source. */
    private static TextSpan reporterBesides(TextSpan source, TextSpan speaker) {
        return source != null && !sameSpeaker(source, speaker) ? source : null;
    }

    private static boolean sameSpeaker(TextSpan a, TextSpan b) {
        return a.entity() != null ? a.entity().equals(b.entity()) : a.text().equals(b.text());
    }
}
