package org.vesnik.core.quotes;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.ner.EntityMention;
import org.vesnik.core.ner.EntityType;
import org.vesnik.core.rules.Decided;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;
import org.vesnik.core.rules.RuleList;
import org.vesnik.core.text.TextSpan;

/**
 * Who said the words in a pair of quotation marks, from their own sentence: the rules below, tried
 * in order, the first that applies deciding. The last always applies: a cue without a speaker,
 * whom {@link CarriedSpeakers} may still find in the sentence before.
 */
final class Attribution {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    private final SpeechVerbs verbs;
    private final Sources sources;
    private final Subjects subjects;
    private final SpeakerAfterVerb speakers;
    private final RuleList<Marks, Said> rules;
    private final RuleBook book = RuleBook.load(Attribution.class);

    Attribution(SpeechVerbs verbs, Sources sources, Subjects subjects, SpeakerAfterVerb speakers) {
        this.verbs = verbs;
        this.sources = sources;
        this.subjects = subjects;
        this.speakers = speakers;
        this.rules = RuleList.inOrder(withSpeechVerb(), withoutSpeechVerb());
    }

    /** The rules for words with a speech verb before them in their sentence, in order. */
    private List<Rule<Marks, Said>> withSpeechVerb() {
        return List.of(
                rule("line-tag-before", "a speech verb right after the marks before these (a line of dialogue split in two)",
                        "the speaker named after that verb", m -> m.before() >= 0 && inverted(m)
                                ? speakerAfterVerbBefore(m, m.open() - 1) : Optional.empty()),
                rule("named-after-verb-before-colon", "a speech verb, its object, a colon and the marks",
                        "the speaker named after the verb", m -> m.before() >= 0 && !inverted(m) && colonAfterObject(m)
                                ? speakerAfterVerbBefore(m, m.open() - 1) : Optional.empty()),
                rule("subject-of-speech-verb", "a speech verb before the marks in their sentence", "its subject",
                        m -> m.before() >= 0 ? ofVerbBefore(m, subjects.subjectOf(m.view(), m.first(), m.before()))
                                : Optional.empty()),
                rule("named-after-speech-verb", "a speech verb before the marks with no subject before it", "the one named after it",
                        m -> m.before() >= 0 && !inverted(m) && !colonAfterObject(m) ? speakerAfterVerbBefore(m, m.open())
                                : Optional.empty()));
    }

    /** The rules for words without one: a colon, a noun for words, a reporter, a complementizer, a verb of following, in order. */
    private List<Rule<Marks, Said>> withoutSpeechVerb() {
        return List.of(
                rule("name-and-colon", "a person's or organisation's name, a colon and the marks", "that name",
                        m -> m.colonBefore() && namedBeforeColon(m) != null
                                ? Optional.of(Said.inSentence(m.view().mentionSpan(m.open() - 2), null, m.source(), null)) : Optional.empty()),
                rule("subject-before-colon", "a name no preposition governs before a colon and the marks", "that name",
                        m -> m.colonBefore() ? said(SubjectBeforeVerb.nearestSubjectName(m.view(), m.first(), m.open() - 1), m.source())
                                : Optional.empty()),
                rule("opening-phrase-before-colon", "a sentence that opens with a noun phrase and its verb, a colon and the marks",
                        "the noun phrase", m -> m.colonBefore() && sources.documentOwnerBefore(m.view(), m.first(), m.open()) == null
                                ? said(SubjectBeforeVerb.openingPhrase(m.view(), m.first(), m.open() - 1), m.source()) : Optional.empty()),
                rule("words-of-the-subject-after", "a noun for words (document-nouns.txt) right before the marks, a name and its verb after them",
                        "that name", this::wordsOfSubjectAfter),
                rule("described-as", "the word of comparison (function-words.tsv: as) right before the marks, after a verb with its object's clitic", "the verb's subject",
                        this::describedAs),
                rule("reporter-about", "a reporter named after the marks or as the source of the sentence, no speech verb of the speaker's own",
                        "the reporter, about the name or people before the marks", Attribution::reporterAbout),
                rule("statement-owner", "a statement noun (document-nouns.txt) and its owner, then a complementizer or a colon, before the marks", "the owner",
                        m -> said(sources.documentOwnerBefore(m.view(), m.first(), m.open()), null)),
                rule("holder-of-deka", "a complementizer (function-words.tsv) before the marks: what the subject holds, whatever the predicate", "the subject",
                        this::holderOfDeka),
                rule("subject-of-following-verb", "a verb that reports only what it follows (reporting-verbs.tsv: following) before the marks",
                        "its subject", this::subjectOfFollowingVerb),
                rule("cue-without-speaker", "any other words in marks", "no speaker in the sentence; the cue, if any",
                        m -> Optional.of(Said.inSentence(null, m.cueWord(), null, null))));
    }

    private Rule<Marks, Said> rule(String name, String matches, String decides, Function<Marks, Optional<Said>> decision) {
        return book.rule(name, matches, decides, decision);
    }

    RuleList<Marks, Said> rules() {
        return rules;
    }

    /**
     * Whether the speech verb before the marks tags the quotation that closes right before it
     * („…“, рече О'Брајан, „…“): its speaker stands after it, for these words too.
     */
    private static boolean inverted(Marks m) {
        return SpeechVerbs.closesQuotation(m.view(), m.first(), m.before());
    }

    /** На прашањето одговори министерот Горан Петров: „…“ — but a name before the verb is its subject (Таравари ги повика граѓаните: „…“). */
    private static boolean colonAfterObject(Marks m) {
        return m.open() - 1 > m.before() + 1 && m.view().form(m.open() - 1).equals(":")
                && SubjectBeforeVerb.nearestSubjectName(m.view(), m.first(), m.before()) == null;
    }

    private Optional<Said> speakerAfterVerbBefore(Marks m, int end) {
        return speakers.speakerOf(m.view(), m.before(), end).flatMap(found -> ofVerbBefore(m, found));
    }

    /** The speaker of the speech verb before the marks: that verb is the cue, the reporter (when another) the source. */
    private static Optional<Said> ofVerbBefore(Marks m, Decided<Subjects.Found> found) {
        TextSpan speaker = found.value().words();
        return speaker == null ? Optional.empty() : Optional.of(Said.inSentence(speaker, m.view().span(m.before(), m.before() + 1),
                reporterBesides(m.source(), speaker), null).foundBy(found.rule()));
    }

    /** The subject of the verb at {@code verb}, as found by {@link Subjects}, with the rule that found it. */
    private Optional<Said> subjectOf(Marks m, int verb, TextSpan cue, TextSpan source) {
        Decided<Subjects.Found> found = subjects.subjectOf(m.view(), m.first(), verb);
        TextSpan subject = found.value().words();
        return subject == null ? Optional.empty() : Optional.of(Said.inSentence(subject, cue, source, null).foundBy(found.rule()));
    }

    /** The speaker, with no cue, and {@code source}. */
    private static Optional<Said> said(TextSpan speaker, TextSpan source) {
        return speaker == null ? Optional.empty() : Optional.of(Said.inSentence(speaker, null, source, null));
    }

    /** A person's or organisation's name right before the colon, or null. */
    private static EntityMention namedBeforeColon(Marks m) {
        EntityMention mention = m.view().mentionAt(m.open() - 2);
        return mention != null && mention.type() != EntityType.LOC ? mention : null;
    }

    /** Со зборовите „ова е нашата победа“ капитенот Стефан Ристовски …: the words of the subject after them. */
    private Optional<Said> wordsOfSubjectAfter(Marks m) {
        if (m.open() <= m.first() || !sources.isDocumentNoun(m.view(), m.open() - 1)) {
            return Optional.empty();
        }
        int verb = SubjectBeforeVerb.firstVerb(m.view(), m.close() + 1, m.end());
        return verb < 0 ? Optional.empty() : said(SubjectBeforeVerb.nearestSubjectName(m.view(), m.close() + 1, verb), m.source());
    }

    /** Ким ги пофали војниците како „херои на татковината“ (not зборови како „одличен“, words named as examples). */
    private Optional<Said> describedAs(Marks m) {
        if (m.open() <= m.first() || !FUNCTION_WORDS.isAs(m.view().form(m.open() - 1))) {
            return Optional.empty();
        }
        int verb = SubjectBeforeVerb.lastVerb(m.view(), m.first(), m.open() - 1);
        if (verb <= m.first() || !FUNCTION_WORDS.isObjectClitic(m.view().form(verb - 1))) {
            return Optional.empty();
        }
        Decided<Subjects.Found> found = subjects.subjectOf(m.view(), m.first(), verb);
        TextSpan describer = found.value().words();
        return describer == null ? Optional.empty() : Optional.of(Said.inSentence(describer, m.view().span(verb, verb + 1),
                reporterBesides(m.source(), describer), null).foundBy(found.rule()));
    }

    /** The reporter's words about the name right before the marks, or the people named before them. */
    private static Optional<Said> reporterAbout(Marks m) {
        if (m.source() == null) {
            return Optional.empty();
        }
        EntityMention named = m.open() > m.first() ? m.view().mentionAt(m.open() - 1) : null;
        TextSpan about = named != null ? m.view().mentionSpan(m.open() - 1)
                : SubjectBeforeVerb.peopleBefore(m.view(), m.first(), m.open()); // Ким и Путин … „цврста волја“
        return Optional.of(Said.inSentence(m.source(), m.cueWord(), m.source(), about));
    }

    private Optional<Said> holderOfDeka(Marks m) {
        int complementizer = Sources.complementizerBefore(m.view(), m.first(), m.open());
        return complementizer > m.first() ? subjectOf(m, complementizer, null, null) : Optional.empty();
    }

    private Optional<Said> subjectOfFollowingVerb(Marks m) {
        int verb = verbs.followingVerbBefore(m.view(), m.first(), m.open());
        return verb >= 0 ? subjectOf(m, verb, m.view().span(verb, verb + 1), null) : Optional.empty();
    }

    /** The source as the quotation's reporter, unless it is the speaker: null then, or with no source. */
    private static TextSpan reporterBesides(TextSpan source, TextSpan speaker) {
        return source != null && !sameSpeaker(source, speaker) ? source : null;
    }

    private static boolean sameSpeaker(TextSpan a, TextSpan b) {
        return a.entity() != null ? a.entity().equals(b.entity()) : a.text().equals(b.text());
    }
}
