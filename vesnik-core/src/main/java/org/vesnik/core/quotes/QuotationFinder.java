package org.vesnik.core.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.lang.MacedonianWords;
import org.vesnik.core.lang.Punctuation;
import org.vesnik.core.morph.Analysis;
import org.vesnik.core.morph.Lemmatizer;
import org.vesnik.core.morph.TokenWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.ner.EntityMention;
import org.vesnik.core.ner.EntityRecognizer;
import org.vesnik.core.ner.EntityType;
import org.vesnik.core.resources.WordSet;
import org.vesnik.core.segment.QuotationMarkPairer;
import org.vesnik.core.segment.QuotationMarks;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.SentenceSplitter;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.segment.Tokenizer;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;
import org.vesnik.core.text.TextSpan;

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

    public static final Layer<Quotations> QUOTATIONS = Layer.named("quotations");

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();
    private static final int MAX_SUBJECT_WORDS = 8;
    private static final int MAX_TITLE_WORDS = 6;

    private final WordSet speechVerbs = MacedonianWords.speechVerbs();
    private final WordSet titleNouns = WordSet.load(QuotationFinder.class, "title-nouns.txt");
    private final WordSet followingVerbs = WordSet.load(QuotationFinder.class, "following-verbs.txt");
    private final WordSet documentNouns = WordSet.load(QuotationFinder.class, "document-nouns.txt");
    private final WordSet namingWords = WordSet.load(QuotationFinder.class, "naming-words.txt");
    private final Lemmatizer lemmatizer = Lemmatizer.standard();

    @Override
    public boolean macedonianOnly() {
        return true;
    }

    /**
     * The document as this stage reads it; {@code mentionOfToken} gives each token's entity
     * mention, or null; {@code quoted} whether it stands between the marks of someone's words, and
     * {@code titled} between the marks of a title.
     */
    private record View(Document document, String clean, TokenList tokens, Upos[] tags, String[] lemmas,
                        String[] forms, EntityMention[] mentionOfToken, boolean[] quoted, boolean[] titled) {

        /** Whether token {@code t} is a quotation mark or stands inside marks. */
        boolean inMarks(int t) {
            return quoted[t] || titled[t] || tokens.kind(t) == TokenKind.QUOTE;
        }

        /** Whether token {@code t} is a mark or someone's quoted word; a title's words are not. */
        boolean inQuotation(int t) {
            return quoted[t] || tokens.kind(t) == TokenKind.QUOTE;
        }

        TextSpan span(int from, int to) {
            if (from >= to) {
                return null;
            }
            int a = from;
            int b = to - 1;
            EntityMention mention = mentionOfToken[a];
            // the words are exactly a name: link them
            String entity = mention != null && mention.start() == tokens.start(a) && mention.end() == tokens.end(b)
                    ? mention.entityId() : null;
            return new TextSpan(tokens.start(a), tokens.end(b), tokens.cleanStart(a), tokens.cleanEnd(b),
                    document.original().substring(tokens.start(a), tokens.end(b)), entity);
        }

        /** The entity mention that covers token {@code t}, or null. */
        EntityMention mentionAt(int t) {
            return mentionOfToken[t];
        }

        /** The words of the mention that covers token {@code t}, as a span linked to its entity. */
        TextSpan mentionSpan(int t) {
            int[] range = tokensOf(mentionOfToken[t], t);
            return span(range[0], range[1]);
        }

        /** The tokens of a mention: [first, end). */
        int[] tokensOf(EntityMention mention, int around) {
            int first = around;
            while (first > 0 && tokens.start(first - 1) >= mention.start()) {
                first--;
            }
            int end = around + 1;
            while (end < tokens.size() && tokens.end(end) <= mention.end()) {
                end++;
            }
            return new int[] {first, end};
        }
    }

    @Override
    public void annotate(Document document) {
        String clean = document.get(Cleaner.CLEAN_TEXT).text();
        TokenList tokens = document.get(Tokenizer.TOKENS);
        TokenWords words = TokenWords.of(document);
        List<EntityMention> mentions = document.has(EntityRecognizer.ENTITIES)
                ? document.get(EntityRecognizer.ENTITIES).mentions() : List.of();
        List<Marks> runs = quotedRuns(clean, tokens, document.get(QuotationMarkPairer.QUOTATION_MARKS));
        View view = new View(document, clean, tokens, words.tags(), words.lemmas(), words.forms(),
                mentionsByToken(tokens, mentions), quotedTokens(runs, tokens.size()), new boolean[tokens.size()]);
        List<Sentence> sentences = document.get(SentenceSplitter.SENTENCES);
        List<Quotation> quotations = new ArrayList<>();
        List<TextSpan> titles = new ArrayList<>();
        TextSpan lastSpeaker = null;
        int lastSpeakerSentence = -2;
        List<Marks> quoted = new ArrayList<>();
        for (Marks marks : runs) {
            if (marks.close() - marks.open() < 2) {
                continue; // empty marks
            }
            if (!marks.runsOn() && isTitle(view, marks.open(), marks.close())) {
                titles.add(innerSpan(view, marks.open(), marks.close()));
                // a title's name may be a speaker (весникот „Гардијан“ објави): its words are not quoted
                Arrays.fill(view.quoted(), marks.open() + 1, marks.close(), false);
                Arrays.fill(view.titled(), marks.open() + 1, marks.close(), true);
            } else {
                quoted.add(marks);
            }
        }
        for (Marks marks : quoted) {
            int open = marks.open();
            int close = marks.close();
            int s = sentenceOf(sentences, open);
            Sentence sentence = sentences.get(s);
            TextSpan inner = marks.runsOn() ? view.span(open + 1, close) : innerSpan(view, open, close);
            // words that run on to the end of the paragraph have nothing after them to name a speaker
            Sentence closing = sentences.get(sentenceOf(sentences, marks.runsOn() ? close - 1 : close));
            Quotation quotation = attribute(view, sentence, closing, open, close, inner);
            if (quotation.speaker() == null && lastSpeaker != null && lastSpeakerSentence >= s - 1) {
                quotation = new Quotation(inner, lastSpeaker, quotation.cue(), quotation.source(), null, "context");
            } else if (quotation.speaker() == null && quotation.cue() != null) {
                // Министерката Ана Петровска беше јасна. „…“, додаде таа.
                TextSpan person = lastPerson(view, s == 0 ? sentence.firstToken() : sentences.get(s - 1).firstToken(), open);
                if (person != null) {
                    quotation = new Quotation(inner, person, quotation.cue(), quotation.source(), null, "context");
                }
            } else if (quotation.speaker() == null && open == sentence.firstToken() && s > 0) {
                // Сара ги крена рамениците. „Не знам.“ — words after a sentence about someone are theirs
                TextSpan actor = subjectPerson(view, sentences.get(s - 1));
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
        List<Statement> statements = statements(view, sentences);
        document.add(QUOTATIONS, new Quotations(quotations, titles, statements));
    }

    /**
     * Where quoted words stand: {@code open} and {@code close} are the marks' tokens, or, for words
     * that run on ({@code runsOn}), the opening mark and the end of its line.
     */
    private record Marks(int open, int close, boolean runsOn) {
    }

    /**
     * The paired marks, and the opening marks no mark closes before the end of their line: in
     * fiction and in long quotations a paragraph's words run on unclosed („Ајде“, рече О'Брајан,
     * „Застани меѓу крилата …), the next paragraph opening a mark again. Ordered by opening mark.
     */
    private static List<Marks> quotedRuns(String clean, TokenList tokens, QuotationMarks marks) {
        List<Marks> runs = new ArrayList<>();
        for (QuotationMarks.Pair pair : marks.pairs()) {
            runs.add(new Marks(pair.openToken(), pair.closeToken(), false));
        }
        for (int open : marks.unpaired()) {
            if (!Punctuation.isOpeningOnlyQuote(clean.charAt(tokens.cleanStart(open)))) {
                continue;
            }
            int end = open + 1;
            while (end < tokens.size() && !tokens.startsLine(end)) {
                end++;
            }
            runs.add(new Marks(open, end, true));
        }
        runs.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return runs;
    }

    /** Whether each token stands between the marks of a run. */
    private static boolean[] quotedTokens(List<Marks> runs, int size) {
        boolean[] quoted = new boolean[size];
        for (Marks run : runs) {
            for (int t = run.open() + 1; t < run.close(); t++) {
                quoted[t] = true;
            }
        }
        return quoted;
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

    private static TextSpan innerSpan(View view, int open, int close) {
        TokenList tokens = view.tokens();
        int start = tokens.end(open);
        int end = tokens.start(close);
        return new TextSpan(start, end, tokens.cleanEnd(open), tokens.cleanStart(close),
                view.document().original().substring(start, end), null);
    }

    private static int sentenceOf(List<Sentence> sentences, int token) {
        for (int s = 0; s < sentences.size(); s++) {
            if (token < sentences.get(s).endToken()) {
                return s;
            }
        }
        return sentences.size() - 1;
    }

    /** Marks around a title or name: after a title noun (весникот), or around a short run of capitalised words. */
    private boolean isTitle(View view, int open, int close) {
        // a name starts with a capital or a digit, a law's with a preposition (законот „за јавен ред и мир“):
        // продавници „што работат на слободниот пазар“ are words
        String firstWord = view.clean().substring(view.tokens().cleanStart(open + 1), view.tokens().cleanEnd(open + 1));
        boolean named = Character.isUpperCase(firstWord.charAt(0)) || Character.isDigit(firstWord.charAt(0))
                || view.tags()[open + 1] == Upos.ADP;
        if (named && open > 0 && isTitleNoun(view, open - 1)) {
            return true;
        }
        // a title noun and the kind of work between it and the marks (збирката раскази „…“)
        if (named && open > 1 && view.tags()[open - 1] == Upos.NOUN && isTitleNoun(view, open - 2)) {
            return true;
        }
        if (close - open - 1 > MAX_TITLE_WORDS) {
            return false;
        }
        if (isEpithet(view, open, close)) {
            return true;
        }
        // „Не“, одговори таа; „Ајде“, и имаше речено Петре: words someone says, however short
        int next = close + 1 < view.tokens().size() && view.forms()[close + 1].equals(",") ? close + 2 : close + 1;
        if (next < view.tokens().size() && isSpeechVerb(view, next) || verbRightAfter(view, close, view.tokens().size()) >= 0) {
            return false;
        }
        for (int t = open + 1; t < close; t++) {
            String form = view.clean().substring(view.tokens().cleanStart(t), view.tokens().cleanEnd(t));
            if (!Character.isUpperCase(form.charAt(0)) || view.tags()[t] == Upos.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks around a nickname or epithet: after a naming word (т.н. „зелен коридор“, познат како
     * „…“), or words without a verb set off by commas after a name (Ерусалим, „градот на Давид“, …).
     */
    private boolean isEpithet(View view, int open, int close) {
        int before = open - 1;
        if (before > 0 && FUNCTION_WORDS.isAs(view.forms()[before])) {
            before--; // познат како
        }
        if (before >= 0 && namingWords.contains(view.forms()[before].toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (open < 2 || !view.forms()[open - 1].equals(",") || view.mentionAt(open - 2) == null) {
            return false;
        }
        // the name stands alone, not after a preposition or според (според Заводот, „…“ quotes it)
        int name = view.tokensOf(view.mentionAt(open - 2), open - 2)[0];
        if (name > 0 && (view.tags()[name - 1] == Upos.ADP || FUNCTION_WORDS.isAccordingTo(view.forms()[name - 1]))) {
            return false;
        }
        for (int t = open + 1; t < close; t++) {
            Upos tag = view.tags()[t];
            if (tag != Upos.NOUN && tag != Upos.ADJ && tag != Upos.PROPN && tag != Upos.ADP && tag != Upos.DET
                    && tag != Upos.NUM && tag != Upos.CCONJ) {
                return false; // a verb or a pronoun: someone's words
            }
        }
        int after = close + 1;
        return after >= view.tokens().size() || view.forms()[after].equals(",") || Punctuation.isDash(view.forms()[after].charAt(0))
                || view.forms()[after].equals(")") || Punctuation.isTerminal(view.forms()[after].charAt(0));
    }

    private boolean isTitleNoun(View view, int t) {
        // a title noun the tagger read otherwise: колумната, guessed as an adjective, is also колумна
        return titleNouns.contains(view.lemmas()[t]) || hasReading(view.forms()[t], Upos.NOUN, titleNouns);
    }

    /** Whether some reading of {@code form} is a {@code upos} whose lemma {@code lemmas} lists. */
    private boolean hasReading(String form, Upos upos, WordSet lemmas) {
        for (Analysis reading : lemmatizer.analyze(form)) {
            if (reading.upos() == upos && lemmas.contains(reading.lemma())) {
                return true;
            }
        }
        return false;
    }

    private Quotation attribute(View view, Sentence sentence, Sentence closing, int open, int close, TextSpan inner) {
        int before = speechVerbBetween(view, sentence.firstToken(), open);
        int after = taggingSpeechVerb(view, close + 1, closing.endToken());
        if (after < 0) {
            after = verbRightAfter(view, close, closing.endToken()); // „…“, потврди портпаролката
        }
        TextSpan afterSpeaker = after >= 0 ? speakerAfter(view, after, closing.endToken()) : null;
        if (after >= 0 && afterSpeaker == null) {
            afterSpeaker = nearestName(view, close + 1, after); // „…“, Петковски рече
        }
        if (after < 0) {
            // „…“, е одлуката на Регулаторната комисија: whose decision the words are
            after = documentAfterCopula(view, close, closing.endToken());
            afterSpeaker = after >= 0 ? fromWhom(view, after + 2, closing.endToken()) : null;
        }
        TextSpan according = according(view, sentence.firstToken(), closing.endToken());
        TextSpan source = afterSpeaker != null ? afterSpeaker : according;
        if (before >= 0) {
            // „…“, рече О'Брајан, „…“ and На прашањето одговори министерот Горан Петров: „…“ — the subject after the verb
            boolean inverted = closesQuotation(view, sentence.firstToken(), before);
            // … but a name before the verb is its subject: Таравари ги повика граѓаните: „…“
            boolean colonAfterObject = open - 1 > before + 1 && view.forms()[open - 1].equals(":")
                    && nearestSubjectName(view, sentence.firstToken(), before) == null;
            TextSpan speaker = inverted || colonAfterObject ? speakerAfter(view, before, open - 1) : null;
            if (speaker == null) {
                speaker = subjectBefore(view, sentence.firstToken(), before);
            }
            if (speaker == null && !inverted && !colonAfterObject) {
                speaker = speakerAfter(view, before, open); // Како што изјави министерката … Весна Јанева, „…“
            }
            if (speaker != null) {
                TextSpan reporter = source != null && !sameSpeaker(source, speaker) ? source : null;
                return new Quotation(inner, speaker, view.span(before, before + 1), reporter, null, "sentence");
            }
        }
        // Путин: „…“ — a name and a colon introduce the words as a speech verb would
        if (open >= sentence.firstToken() + 2 && view.forms()[open - 1].equals(":")) {
            EntityMention colonSpeaker = view.mentionAt(open - 2);
            if (colonSpeaker != null && colonSpeaker.type() != EntityType.LOC) {
                return new Quotation(inner, view.mentionSpan(open - 2), null, source, null, "sentence");
            }
            // Тренерот Благоја Милевски по поразот беше краток: „…“ — the subject before the colon
            TextSpan subject = nearestSubjectName(view, sentence.firstToken(), open - 1);
            if (subject == null && documentOwnerBefore(view, sentence.firstToken(), open) == null) {
                subject = openingPhrase(view, sentence.firstToken(), open - 1); // Капетанот се сврте кон екипажот: „…“
            }
            if (subject != null) {
                return new Quotation(inner, subject, null, source, null, "sentence");
            }
        }
        // a name right before the marks, no verb of its own: the reporter's words about it
        EntityMention named = open > sentence.firstToken() ? view.mentionAt(open - 1) : null;
        if (source != null) {
            TextSpan cue = after >= 0 ? view.span(after, after + 1) : accordingCue(view, sentence.firstToken(), closing.endToken());
            TextSpan about = null;
            if (named != null) {
                about = view.mentionSpan(open - 1);
            } else {
                about = peopleBefore(view, sentence.firstToken(), open); // Ким и Путин … „цврста волја“
            }
            return new Quotation(inner, source, cue, source, about, "sentence");
        }
        // Изјавата на грчкиот премиер дека „…“: a statement's owner said the words it carries
        TextSpan owner = documentOwnerBefore(view, sentence.firstToken(), open);
        if (owner != null) {
            return new Quotation(inner, owner, null, null, null, "sentence");
        }
        // Сите аналитичари се согласни дека „…“: дека reports what the subject holds, whatever the predicate
        int complementizer = complementizerBefore(view, sentence.firstToken(), open);
        TextSpan holder = complementizer > sentence.firstToken() ? subjectBefore(view, sentence.firstToken(), complementizer) : null;
        if (holder != null) {
            return new Quotation(inner, holder, null, null, null, "sentence");
        }
        // Синдикатот бара „достоинствени плати“: the words the subject asks for or confirms are its own
        int objectVerb = followingVerbBefore(view, sentence.firstToken(), open);
        TextSpan subject = objectVerb >= 0 ? subjectBefore(view, sentence.firstToken(), objectVerb) : null;
        if (subject != null) {
            return new Quotation(inner, subject, view.span(objectVerb, objectVerb + 1), null, null, "sentence");
        }
        // „…“, додаде таа; според него, „…“: the cue is known, the speaker is whoever the pronoun is
        TextSpan cue = after >= 0 ? view.span(after, after + 1) : accordingCue(view, sentence.firstToken(), closing.endToken());
        return new Quotation(inner, null, cue, null, null, "sentence");
    }

    /**
     * Whether the speech verb at {@code verb} tags the quotation that closes right before it
     * („…“, рече О'Брајан, „…“): its speaker then stands after it, for the next quotation too.
     */
    private static boolean closesQuotation(View view, int first, int verb) {
        int t = verb - 1;
        while (t > first && (isShortClitic(view, t) || view.forms()[t].equals(",") || Punctuation.isDash(view.forms()[t].charAt(0)))) {
            t--;
        }
        return t >= first && view.tokens().kind(t) == TokenKind.QUOTE;
    }

    /** тој, таа, тие, јас: a personal pronoun in its full form, which can be a subject (not го, му, ја). */
    private static boolean isPersonalPronoun(View view, int t) {
        return view.tags()[t] == Upos.PRON && FUNCTION_WORDS.isClitic(view.lemmas()[t])
                && view.forms()[t].equals(view.lemmas()[t]) && !view.forms()[t].equals("себе");
    }

    /**
     * A short clitic pronoun (се, му, ѝ, ја, го, ги), which stands between a verb and what it
     * follows; also ѝ written и, after a comma and before a verb („…“, и рече тој).
     */
    private static boolean isShortClitic(View view, int t) {
        if (view.tags()[t] == Upos.PRON) {
            return FUNCTION_WORDS.isClitic(view.lemmas()[t]) && view.forms()[t].length() <= 3
                    && !view.forms()[t].equals(view.lemmas()[t]);
        }
        return view.forms()[t].equals("и") && t > 0 && view.forms()[t - 1].equals(",") && t + 1 < view.tags().length
                && (view.tags()[t + 1] == Upos.VERB || view.tags()[t + 1] == Upos.AUX);
    }

    /** The people named before the marks in the sentence: one name, or the words from the first to the last. */
    private static TextSpan peopleBefore(View view, int first, int open) {
        int from = -1;
        int to = -1;
        for (int t = first; t < open; t++) {
            EntityMention mention = view.mentionAt(t);
            if (mention != null && mention.type() == EntityType.PER) {
                if (from < 0) {
                    from = t;
                }
                to = t + 1;
            }
        }
        return from < 0 ? null : view.span(from, to);
    }

    private static boolean sameSpeaker(TextSpan a, TextSpan b) {
        return a.entity() != null ? a.entity().equals(b.entity()) : a.text().equals(b.text());
    }

    /**
     * The verb that tags the quotation right after its closing mark, past a comma or dash, short
     * clitics and an auxiliary (се согласи Винстон, му имаше речено О'Брајан): its index, or -1.
     * It is one that reports a quotation only when it follows it ({@code followingVerbs}:
     * потврди, почна), or any verb with its subject after it when a comma, or the quotation's own
     * ! or ?, shows that a line of dialogue ended („…!“ липаше Винстон).
     */
    private int verbRightAfter(View view, int close, int end) {
        int t = close + 1;
        boolean comma = t < end && (view.forms()[t].equals(",") || Punctuation.isDash(view.forms()[t].charAt(0)));
        if (comma) {
            t++;
        }
        while (t + 1 < end && (isShortClitic(view, t) || FUNCTION_WORDS.isAuxiliary(view.lemmas()[t]))) {
            t++;
        }
        if (t >= end) {
            return -1;
        }
        if (followingVerbs.contains(view.lemmas()[t]) || followingVerbs.contains(view.forms()[t])) {
            return t;
        }
        String last = view.forms()[close - 1];
        boolean lineEnded = comma || last.equals("!") || last.equals("?");
        return lineEnded && view.tags()[t] == Upos.VERB && t + 1 < end && startsSubject(view, t + 1) ? t : -1;
    }

    /**
     * The owner of a statement noun before the marks, with дека or a colon between them and the
     * marks (Изјавата на грчкиот премиер дека „…“; Пораката на X беше јасна: „…“): a name, or the
     * noun phrase; or null.
     */
    private TextSpan documentOwnerBefore(View view, int first, int open) {
        for (int t = first; t + 2 < open; t++) {
            if (view.inMarks(t) || !documentNouns.contains(view.lemmas()[t]) || !FUNCTION_WORDS.isOf(view.forms()[t + 1])) {
                continue;
            }
            int end = view.mentionAt(t + 2) != null ? view.tokensOf(view.mentionAt(t + 2), t + 2)[1] : phraseEnd(view, t + 2, open);
            boolean introduces = false;
            for (int k = end; k < open; k++) {
                introduces |= FUNCTION_WORDS.isComplementizer(view.forms()[k]) || view.forms()[k].equals(":");
            }
            if (end > t + 2 && introduces) {
                return view.mentionAt(t + 2) != null && view.mentionAt(t + 2).type() != EntityType.LOC
                        ? view.mentionSpan(t + 2) : view.span(t + 2, end);
            }
        }
        return null;
    }

    /** The last дека or оти in [from, to), outside marks, or -1. */
    private static int complementizerBefore(View view, int from, int to) {
        for (int t = to - 1; t >= from; t--) {
            if (!view.inMarks(t) && FUNCTION_WORDS.isComplementizer(view.forms()[t])) {
                return t;
            }
        }
        return -1;
    }

    /** The last verb of {@code followingVerbs} (бара, потврди) in [from, to), outside marks, or -1. */
    private int followingVerbBefore(View view, int from, int to) {
        for (int t = to - 1; t >= from; t--) {
            // by form too: the tagger reads бара before marks as a noun (a pond)
            if (!view.inMarks(t) && (view.tags()[t] == Upos.VERB && followingVerbs.contains(view.lemmas()[t])
                    || followingVerbs.contains(view.forms()[t]))) {
                return t;
            }
        }
        return -1;
    }

    /**
     * The document noun of {@code „…“, е одлуката на X} or {@code „…“, стои во соопштението на X}
     * right after the closing mark, with на after it: its index, or -1.
     */
    private int documentAfterCopula(View view, int close, int end) {
        int t = close + 1;
        if (t < end && view.forms()[t].equals(",")) {
            t++;
        }
        if (t + 3 >= end || !(view.tags()[t] == Upos.AUX || view.tags()[t] == Upos.VERB)) {
            return -1;
        }
        t++;
        if (view.tags()[t - 1] != Upos.AUX || !FUNCTION_WORDS.isAuxiliary(view.lemmas()[t - 1])) {
            // стои во соопштението на …: a verb of being written, then where
            if (view.tags()[t] != Upos.ADP || t + 3 >= end) {
                return -1;
            }
            t++;
        }
        return documentNouns.contains(view.lemmas()[t]) && FUNCTION_WORDS.isOf(view.forms()[t + 1]) ? t : -1;
    }

    /** Whether a subject may start at {@code t}: a name, a noun or adjective, a personal pronoun. */
    private static boolean startsSubject(View view, int t) {
        Upos tag = view.tags()[t];
        return view.mentionAt(t) != null || tag == Upos.NOUN || tag == Upos.PROPN || tag == Upos.ADJ
                || isPersonalPronoun(view, t);
    }

    /**
     * The speech verb that tags the marks before {@code from}: the first one in [from, to) that
     * stands right after a mark, comma or dash (рече Џулија како да му објавува …; објави КЦНА
     * after Путин ги нарече врските „…“), else the last one outside marks, or -1.
     */
    private int taggingSpeechVerb(View view, int from, int to) {
        for (int t = from; t < to; t++) {
            if (!view.inMarks(t) && isSpeechVerb(view, t) && standsAfterPause(view, from, t)) {
                return t;
            }
        }
        return speechVerbBetween(view, from, to);
    }

    /** Whether only clitics and auxiliaries stand between word {@code t} and a mark, comma or dash before it. */
    private static boolean standsAfterPause(View view, int from, int t) {
        int k = t - 1;
        while (k >= from && (isShortClitic(view, k) || FUNCTION_WORDS.isAuxiliary(view.lemmas()[k]))) {
            k--;
        }
        return k < from || view.forms()[k].equals(",") || Punctuation.isDash(view.forms()[k].charAt(0))
                || view.tokens().kind(k) == TokenKind.QUOTE;
    }

    /** The last speech verb in [from, to), outside any quotation marks, or -1. */
    private int speechVerbBetween(View view, int from, int to) {
        for (int t = to - 1; t >= from; t--) {
            if (!view.inMarks(t) && isSpeechVerb(view, t)) {
                return t;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code t} is a speech verb: by its form, by its lemma when tagged a verb, or by
     * one of its other readings (изјави and одговори are also plural nouns, вети and призна were
     * read as adjectives; beside quotation marks they are mostly verbs).
     */
    private boolean isSpeechVerb(View view, int t) {
        Upos tag = view.tags()[t];
        if (tag == Upos.VERB || tag == Upos.AUX || tag == Upos.ADV) {
            // (an adverb too: the verbal adverb оценувајќи is read as one)
            return MacedonianWords.isSpeechVerb(view.lemmas()[t], view.forms()[t]);
        }
        if (tag != Upos.NOUN && tag != Upos.ADJ) {
            return false;
        }
        return speechVerbs.contains(view.forms()[t]) || hasReading(view.forms()[t], Upos.VERB, speechVerbs);
    }

    /**
     * The speaker before a speech verb: in the verb's own clause (after the last comma,
     * conjunction or relative word before it), the nearest named person or organisation, else
     * its noun phrase (аналитичарите, Разузнавачката агенција на Јужна Кореја); else, in the
     * whole sentence, the nearest person or organisation named before the verb.
     */
    private static TextSpan subjectBefore(View view, int first, int verb) {
        int clause = verb;
        while (clause > first && !isClauseBoundary(view, clause - 1)) {
            clause--;
        }
        if (clause == verb && clause - 1 > first && view.forms()[clause - 1].equals("и")) {
            // Докторот ги извади очилата и воздивна: a verb joined by и shares the subject of the one before
            return subjectBefore(view, first, clause - 1);
        }
        if (clause == verb) {
            TextSpan subject = subjectBeforeAside(view, first, clause);
            if (subject != null) {
                return subject;
            }
        }
        // a name after a preposition is not the subject (Мицкоски на седницата на Владата рече)
        TextSpan inClause = nearestSubjectName(view, clause, verb);
        if (inClause == null) {
            // Темнокосата девојка зад Винстон викаше: the phrase that opens the clause, not the name a preposition governs
            int end = phraseEnd(view, clause, verb);
            inClause = end > clause && isNominal(view.tags()[clause]) ? view.span(clause, end) : nearestName(view, clause, verb);
        }
        if (inClause != null) {
            return inClause;
        }
        if (clause < verb && view.forms()[clause - 1 < 0 ? 0 : clause - 1].equals("и") && clause > first) {
            return nearestName(view, first, verb); // a verb joined by и shares the subject before it
        }
        // the first noun phrase of the clause that no preposition governs and no marks enclose
        int start = clause;
        while (start < verb) {
            if (view.tags()[start] == Upos.ADP) {
                start++;
                while (start < verb && isNominal(view.tags()[start])) {
                    start++; // На негово изненадување таа продолжи
                }
            } else if (isNominal(view.tags()[start]) && !view.inMarks(start)) {
                int end = phraseEnd(view, start, verb);
                if (end > start) {
                    // with the determiner or quantifier before it (Сите аналитичари, Некои граѓани)
                    int from = start > clause && isQuantifier(view, start - 1) ? start - 1 : start;
                    return view.span(from, end);
                }
                start++;
            } else {
                start++;
            }
        }
        TextSpan beforeAside = subjectBeforeAside(view, first, clause); // Сопственикот …, кој …, за нашиот весник рече
        return beforeAside != null ? beforeAside : nearestName(view, first, verb);
    }

    /**
     * The subject before an aside set off by commas that ends right before {@code clause}
     * (Ана Петровска, која е директорка на МВР, изјави; Жена од Тетово, која …, рече), or null.
     */
    private static TextSpan subjectBeforeAside(View view, int first, int clause) {
        if (clause - 1 <= first || !view.forms()[clause - 1].equals(",")) {
            return null;
        }
        int opening = clause - 2;
        while (opening > first && !view.forms()[opening].equals(",")) {
            opening--;
        }
        if (opening <= first) {
            return null;
        }
        TextSpan subject = nearestSubjectName(view, first, opening);
        int phrase = isNominal(view.tags()[first]) ? phraseEnd(view, first, opening) : first;
        if (subject == null && phrase > first && nearestName(view, opening, clause) == null) {
            subject = view.span(first, phrase);
        }
        return subject;
    }

    /** The noun phrase that opens a sentence when a verb follows it, its subject, or null. */
    private static TextSpan openingPhrase(View view, int first, int to) {
        int end = isNominal(view.tags()[first]) && !view.inMarks(first) ? phraseEnd(view, first, to) : first;
        int verb = end;
        while (verb < to && isShortClitic(view, verb)) {
            verb++; // се сврте
        }
        return end > first && verb < to && (view.tags()[verb] == Upos.VERB || view.tags()[verb] == Upos.AUX)
                ? view.span(first, end) : null;
    }

    /**
     * The end of the noun phrase at {@code start} (nouns, adjectives, names, and на, од or за with
     * the owner, origin or office after it), when it has a noun or name; else {@code start}.
     */
    private static int phraseEnd(View view, int start, int verb) {
        int end = start;
        boolean noun = false;
        while (end < verb && end < start + MAX_SUBJECT_WORDS && !view.inMarks(end)
                && (isNominal(view.tags()[end]) || FUNCTION_WORDS.isPhraseLink(view.forms()[end])
                && end + 1 < verb && isNominal(view.tags()[end + 1]))) {
            noun |= view.tags()[end] == Upos.NOUN || view.tags()[end] == Upos.PROPN;
            end++;
        }
        return noun ? end : start;
    }

    /** A determiner, an indefinite pronoun or a quantity word before a noun: сите, некои, многу. */
    private static boolean isQuantifier(View view, int t) {
        Upos tag = view.tags()[t];
        return tag == Upos.DET || tag == Upos.NUM || tag == Upos.ADV && t + 1 < view.tags().length && view.tags()[t + 1] == Upos.NOUN
                || tag == Upos.PRON && !FUNCTION_WORDS.isClitic(view.lemmas()[t]);
    }

    private static boolean isNominal(Upos tag) {
        return tag == Upos.NOUN || tag == Upos.PROPN || tag == Upos.ADJ;
    }

    private static boolean isClauseBoundary(View view, int t) {
        Upos tag = view.tags()[t];
        String form = view.forms()[t];
        return form.equals(",") || form.equals(";") || tag == Upos.SCONJ || FUNCTION_WORDS.isClauseStart(form)
                // и right before the verb joins it to the subject of the verb before: … пофали … и рече
                || form.equals("и") && t + 1 < view.tags().length && view.tags()[t + 1] == Upos.VERB;
    }

    /** The nearest person or organisation named in [from, to) whose name no preposition governs, or null. */
    private static TextSpan nearestSubjectName(View view, int from, int to) {
        for (int t = to - 1; t >= from; t--) {
            EntityMention mention = view.mentionAt(t);
            if (view.inQuotation(t)) {
                continue;
            }
            if (mention != null && mention.type() != EntityType.LOC) {
                int[] range = view.tokensOf(mention, t);
                if (!governed(view, range[0], mention.type())) {
                    return view.span(range[0], range[1]);
                }
                t = range[0];
            }
        }
        return null;
    }

    /**
     * Whether a preposition governs the name at {@code start}: right before it, or, for a name
     * that is not a person's, before the noun it names (на својата мрежа Трут Сошал; за филмот
     * „…“). A person after a title's phrase is the title's (министерот за финансии Петар Петров).
     */
    private static boolean governed(View view, int start, EntityType type) {
        int k = start - 1;
        if (k >= 0 && view.tokens().kind(k) == TokenKind.QUOTE) {
            k--;
        }
        if (type != EntityType.PER) {
            while (k >= 0 && k >= start - 4 && (view.tags()[k] == Upos.NOUN || view.tags()[k] == Upos.ADJ
                    || view.tags()[k] == Upos.DET || view.tags()[k] == Upos.PRON) && view.mentionAt(k) == null) {
                k--;
            }
        }
        return k >= 0 && view.tags()[k] == Upos.ADP;
    }

    /** The nearest person or organisation named in [from, to), outside quotation marks, as a span. */
    private static TextSpan nearestName(View view, int from, int to) {
        return lastNamed(view, from, to, type -> type != EntityType.LOC);
    }

    /**
     * The person named before a sentence's first verb, its subject (Сара ги крена рамениците;
     * Министерот … Муамет Хоџа беше категоричен), or null.
     */
    private static TextSpan subjectPerson(View view, Sentence sentence) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Upos tag = view.tags()[t];
            if (tag == Upos.VERB || tag == Upos.AUX) {
                return null;
            }
            EntityMention mention = view.mentionAt(t);
            if (mention != null && mention.type() == EntityType.PER && !view.inMarks(t)) {
                return view.mentionSpan(t);
            }
        }
        return null;
    }

    /** The last person named in [from, to), outside quotation marks, or null. */
    private static TextSpan lastPerson(View view, int from, int to) {
        return lastNamed(view, from, to, type -> type == EntityType.PER);
    }

    /** The last name of a type {@code wanted} accepts in [from, to), outside quotation marks, or null. */
    private static TextSpan lastNamed(View view, int from, int to, Predicate<EntityType> wanted) {
        for (int t = to - 1; t >= from; t--) {
            if (!view.inMarks(t) && view.mentionAt(t) != null && wanted.test(view.mentionAt(t).type())) {
                return view.mentionSpan(t);
            }
        }
        return null;
    }

    /**
     * The speaker named after a speech verb that follows the marks: соопшти КЦНА, објави … агенцијата
     * КЦНА, рече директорот на ЕВН Марјан Стојановски (the person, not the company he heads), порачаа
     * ракометарите на Вардар (the players: a club after на only says whose), рече тивко мајка ѝ.
     */
    private static TextSpan speakerAfter(View view, int verb, int end) {
        int head = verb + 1;
        // adverbs, neuter adjectives used as ones (тивко), and a phrase with a preposition
        // (изјави по натпреварот капитенот …) may stand between the verb and the speaker
        while (head < end && !FUNCTION_WORDS.isFrom(view.forms()[head])) {
            int next = pastAside(view, head, end);
            if (next == head) {
                break;
            }
            head = next;
        }
        if (head < end && view.tags()[head] == Upos.PRON && FUNCTION_WORDS.isClitic(view.lemmas()[head])) {
            return null; // додаде таа: a personal pronoun names no one; the context does
        }
        if (head + 1 < end && FUNCTION_WORDS.isFrom(view.forms()[head])) {
            TextSpan from = fromWhom(view, head + 1, end); // соопштија од Центарот за …
            if (from != null) {
                return from;
            }
        }
        int phrase = head;
        int noun = head;
        while (noun < end && (view.tags()[noun] == Upos.ADJ || view.tags()[noun] == Upos.DET
                || view.tags()[noun] == Upos.NUM || view.tags()[noun] == Upos.PRON) && view.mentionAt(noun) == null) {
            noun++; // генералниот секретар
        }
        if (noun > phrase && noun + 1 < end && FUNCTION_WORDS.isFrom(view.forms()[noun]) && view.tags()[noun + 1] == Upos.NOUN) {
            return view.span(phrase, noun + 2); // еден од возачите: one of a group
        }
        if (noun < end && view.tags()[noun] == Upos.NOUN && view.mentionAt(noun) == null) {
            noun = headNoun(view, noun, end);
            head = noun;
            TextSpan named = nameAfterNoun(view, head, end);
            if (named != null) {
                return named;
            }
            int to = head + 1;
            if (to < end && view.forms()[to].length() <= 2 && FUNCTION_WORDS.isClitic(view.lemmas()[to])) {
                to++; // мајка ѝ: a short pronoun says whose
            } else if (to + 1 < end && FUNCTION_WORDS.isOf(view.forms()[to])) {
                to = ownerEnd(view, to + 1); // тренерот на Вардар: whose trainer says who speaks
            }
            return view.span(phrase, to);
        }
        if (noun > phrase && view.tags()[noun - 1] == Upos.ADJ && isInflected(view, noun - 1)) {
            return view.span(phrase, noun); // изјави обвинетиот: an adjective standing for a person
        }
        for (int t = head; t < end && t <= head + MAX_SUBJECT_WORDS; t++) {
            if (view.tags()[t] == Upos.PUNCT && !view.forms()[t].equals(",")) {
                break;
            }
            EntityMention mention = view.mentionAt(t);
            if (mention != null && mention.type() != EntityType.LOC) {
                return view.mentionSpan(t);
            }
        }
        int t = verb + 1;
        if (t < end && (view.tags()[t] == Upos.NOUN || view.tags()[t] == Upos.PROPN)) {
            return view.span(t, t + 1); // рече министерот
        }
        return null;
    }

    /**
     * The end of a named owner after на at {@code t} (тренерот на Вардар, жителите на Карпош): the
     * name tells whose; {@code t - 1}, leaving на out, when no name stands there (родителите на
     * протестот, where на says where).
     */
    private static int ownerEnd(View view, int t) {
        EntityMention owner = view.mentionAt(t);
        return owner != null ? view.tokensOf(owner, t)[1] : t - 1;
    }

    /**
     * The noun that heads a phrase whose first noun is at {@code noun}: a later noun when only
     * adjectives stand between them, the first being an adjective the tagger took for a noun
     * (продорен женски глас); not two nouns side by side (мајката детето).
     */
    private static int headNoun(View view, int noun, int end) {
        int k = noun + 1;
        while (k < end && view.tags()[k] == Upos.ADJ && view.mentionAt(k) == null) {
            k++;
        }
        return k > noun + 1 && k < end && view.tags()[k] == Upos.NOUN && view.mentionAt(k) == null ? k : noun;
    }

    /**
     * After the word at {@code t} when it is an aside between a speech verb and its speaker: an
     * adverb, a neuter adjective used as one, a phrase with a preposition (по натпреварот), or
     * one with a name when a speaker phrase follows it (на Фејсбук поранешниот премиер …);
     * else {@code t}.
     */
    private static int pastAside(View view, int t, int end) {
        Upos tag = view.tags()[t];
        if (tag == Upos.ADV || tag == Upos.ADJ && isAdverbialNeuter(view, t, end)) {
            return t + 1;
        }
        if (tag != Upos.ADP) {
            return t;
        }
        if (t + 1 >= end) {
            return view.mentionAt(t) == null ? t + 1 : t;
        }
        if (view.mentionAt(t + 1) != null) {
            int past = view.tokensOf(view.mentionAt(t + 1), t + 1)[1];
            return phraseFollows(view, past, end) ? past : t;
        }
        int k = t + 1;
        while (k < end && (view.tags()[k] == Upos.ADJ || view.tags()[k] == Upos.DET || view.tags()[k] == Upos.NUM)) {
            k++;
        }
        return k < end && view.tags()[k] == Upos.NOUN ? k + 1 : k;
    }

    /** Whether a phrase that may name a speaker starts at {@code t}: a noun, adjective or name. */
    private static boolean phraseFollows(View view, int t, int end) {
        return t < end && (view.tags()[t] == Upos.NOUN || view.tags()[t] == Upos.ADJ || view.mentionAt(t) != null);
    }

    /**
     * An adjective with an ending beyond its lemma's, mostly the article (обвинетиот,
     * повредените): used alone, it stands for a person.
     */
    private static boolean isInflected(View view, int t) {
        return view.forms()[t].length() > view.lemmas()[t].length() && view.forms()[t].startsWith(view.lemmas()[t]);
    }

    /**
     * A neuter adjective used as an adverb (рече тивко мајка ѝ), not one agreeing with a neuter
     * noun after it (рече малото дете): neuter nouns end in о or е.
     */
    private static boolean isAdverbialNeuter(View view, int t, int end) {
        String form = view.forms()[t];
        if (!form.endsWith("о") || form.endsWith("то")) {
            return false;
        }
        if (t + 1 >= end || view.tags()[t + 1] != Upos.NOUN) {
            return true;
        }
        String next = view.forms()[t + 1];
        return !(next.endsWith("о") || next.endsWith("е"));
    }

    /**
     * The X of {@code соопштија од X}: a named organisation or person, or a capitalised institution
     * with the words that say which (Центарот за управување со кризи), up to a mark; or null.
     */
    private static TextSpan fromWhom(View view, int t, int end) {
        EntityMention mention = view.mentionAt(t);
        if (mention != null && mention.type() != EntityType.LOC) {
            return view.mentionSpan(t);
        }
        String form = view.clean().substring(view.tokens().cleanStart(t), view.tokens().cleanEnd(t));
        if (mention == null && !Character.isUpperCase(form.charAt(0))) {
            // признаваат од опозицијата, порачуваат од владејачката партија: a description of who speaks
            int noun = t;
            while (noun < end && view.tags()[noun] == Upos.ADJ && view.mentionAt(noun) == null) {
                noun++;
            }
            if (noun < end && view.tags()[noun] == Upos.NOUN && view.mentionAt(noun) == null) {
                return view.span(t, noun + 1);
            }
        }
        if (mention != null || !Character.isUpperCase(form.charAt(0)) || view.tags()[t] == Upos.PUNCT) {
            return null;
        }
        int to = t + 1;
        while (to < end && to < t + MAX_SUBJECT_WORDS && view.tags()[to] != Upos.PUNCT && view.tags()[to] != Upos.VERB
                && view.tags()[to] != Upos.AUX) {
            to++;
        }
        return view.span(t, to);
    }

    /**
     * After the noun that heads a speaker phrase: a person it is in apposition with, anywhere up to
     * the next mark (директорот на ЕВН Марјан Стојановски), or a name right after it (агенцијата
     * КЦНА); null when the only names are the ones after на (ракометарите на Вардар).
     */
    private static TextSpan nameAfterNoun(View view, int noun, int end) {
        for (int t = noun + 1; t < end && t <= noun + MAX_SUBJECT_WORDS; t++) {
            // поглаварот на МПЦ-ОА, архиепископот Стефан: a comma may set off the person's title and name
            if (view.tags()[t] == Upos.PUNCT && view.tokens().kind(t) != TokenKind.QUOTE
                    && !(view.forms()[t].equals(",") && personAfterTitle(view, t + 1, end))) {
                break; // (marks around a name do not end the phrase: директорката на градинката „Пчелка“ …)
            }

            EntityMention mention = view.mentionAt(t);
            // (not a person a preposition governs: навивачите по пензионирањето на Горан Пандев)
            if (mention != null && (mention.type() == EntityType.PER && view.tags()[view.tokensOf(mention, t)[0] - 1] != Upos.ADP
                    || t == noun + 1 && mention.type() != EntityType.LOC)) {
                return view.mentionSpan(t);
            }
            if (mention != null) {
                t = view.tokensOf(mention, t)[1] - 1;
            }
        }
        return null;
    }

    /** Whether a person's name follows at {@code t}, after at most two lower-case words (архиепископот Стефан). */
    private static boolean personAfterTitle(View view, int t, int end) {
        for (int k = t; k < end && k <= t + 2; k++) {
            EntityMention mention = view.mentionAt(k);
            if (mention != null) {
                return mention.type() == EntityType.PER;
            }
            if (view.tags()[k] != Upos.NOUN && view.tags()[k] != Upos.ADJ) {
                return false;
            }
        }
        return false;
    }

    /** The X of {@code според X} in [from, to), or null; the author of {@code според извештајот на X}. */
    private TextSpan according(View view, int from, int to) {
        for (int t = from; t + 1 < to; t++) {
            if (FUNCTION_WORDS.isAccordingTo(view.forms()[t])) {
                if (view.tags()[t + 1] == Upos.PRON && FUNCTION_WORDS.isClitic(view.lemmas()[t + 1])) {
                    return null; // според него: whoever the context names
                }
                if (t + 3 < to && documentNouns.contains(view.lemmas()[t + 1]) && FUNCTION_WORDS.isOf(view.forms()[t + 2])) {
                    t += 2; // според извештајот на Заводот …: the office that wrote it
                }
                EntityMention mention = view.mentionAt(t + 1);
                if (mention != null) {
                    return view.mentionSpan(t + 1);
                }
                int end = t + 1;
                while (end < to && end <= t + MAX_SUBJECT_WORDS && view.tags()[end] != Upos.PUNCT) {
                    end++;
                }
                // според претседателот на Стопанската комора Бранко Азески: the person the title names
                for (int k = t + 2; k < end; k++) {
                    if (view.mentionAt(k) != null && view.mentionAt(k).type() == EntityType.PER) {
                        return view.mentionSpan(k);
                    }
                }
                // според агенцијата Танјуг: the name after the word that says what it is
                if (t + 2 < end && view.tags()[t + 1] == Upos.NOUN && view.mentionAt(t + 2) != null
                        && view.mentionAt(t + 2).type() == EntityType.ORG) {
                    return view.mentionSpan(t + 2);
                }
                return view.span(t + 1, end);
            }
        }
        return null;
    }

    private static TextSpan accordingCue(View view, int from, int to) {
        for (int t = from; t < to; t++) {
            if (FUNCTION_WORDS.isAccordingTo(view.forms()[t])) {
                return view.span(t, t + 1);
            }
        }
        return null;
    }

    /** {@code X изјави дека …} and {@code според X, …}: the speaker, the cue and the words reported. */
    private List<Statement> statements(View view, List<Sentence> sentences) {
        List<Statement> statements = new ArrayList<>();
        for (Sentence sentence : sentences) {
            int end = sentence.endToken();
            while (end > sentence.firstToken() && view.tags()[end - 1] == Upos.PUNCT) {
                end--;
            }
            for (int t = sentence.firstToken(); t + 1 < end; t++) {
                if (FUNCTION_WORDS.isComplementizer(view.forms()[t + 1]) && isSpeechVerb(view, t)) {
                    TextSpan speaker = subjectBefore(view, sentence.firstToken(), t);
                    statements.add(new Statement(speaker, view.span(t, t + 1), view.span(t + 2, end)));
                } else if (FUNCTION_WORDS.isAccordingTo(view.forms()[t]) && t == sentence.firstToken()) {
                    int comma = t + 1;
                    while (comma < end && !view.forms()[comma].equals(",")) {
                        comma++;
                    }
                    if (comma < end) {
                        statements.add(new Statement(according(view, t, comma), view.span(t, t + 1), view.span(comma + 1, end)));
                    }
                }
            }
        }
        return statements;
    }
}
