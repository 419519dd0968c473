package org.vesnik.core.quotes;

import java.util.function.IntPredicate;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.ner.EntityMention;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.view.TokenView;

/**
 * The shared {@link TokenView} with what the quotation stage adds to it: {@code mentionOfToken}
 * gives each token's entity mention, or null; {@code quoted} whether it stands between the marks
 * of someone's words, and {@code titled} between the marks of a title.
 */
record QuoteView(TokenView words, EntityMention[] mentionOfToken, boolean[] quoted, boolean[] titled) {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    /** The most words a speaker's phrase or an organisation's name is read for. */
    static final int MAX_SUBJECT_WORDS = 8;

    int size() {
        return words.size();
    }

    Upos tag(int t) {
        return words.tag(t);
    }

    String form(int t) {
        return words.form(t);
    }

    String lemma(int t) {
        return words.lemma(t);
    }

    TokenKind kind(int t) {
        return words.kind(t);
    }

    /** Whether token {@code t} is a quotation mark or stands inside marks. */
    boolean inMarks(int t) {
        return quoted[t] || titled[t] || words.kind(t) == TokenKind.QUOTE;
    }

    /** Whether token {@code t} is a mark or someone's quoted word; a title's words are not. */
    boolean inQuotation(int t) {
        return quoted[t] || words.kind(t) == TokenKind.QUOTE;
    }

    /** The words of tokens [from, to), linked to the entity they name when they are exactly a name; null when empty. */
    TextSpan span(int from, int to) {
        if (from >= to) {
            return null;
        }
        TextSpan span = words.words(from, to);
        EntityMention mention = mentionOfToken[from];
        return mention != null && mention.start() == span.start() && mention.end() == span.end()
                ? new TextSpan(span.span(), span.text(), mention.entityId()) : span;
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
        TokenList tokens = words.tokens();
        while (first > 0 && tokens.start(first - 1) >= mention.start()) {
            first--;
        }
        int end = around + 1;
        while (end < tokens.size() && tokens.end(end) <= mention.end()) {
            end++;
        }
        return new int[] {first, end};
    }

    /** The first token in [from, to) outside marks that {@code wanted} accepts, or -1. */
    int firstOutsideMarks(int from, int to, IntPredicate wanted) {
        for (int t = from; t < to; t++) {
            if (!inMarks(t) && wanted.test(t)) {
                return t;
            }
        }
        return -1;
    }

    /** The last token in [from, to) outside marks that {@code wanted} accepts, or -1. */
    int lastOutsideMarks(int from, int to, IntPredicate wanted) {
        for (int t = to - 1; t >= from; t--) {
            if (!inMarks(t) && wanted.test(t)) {
                return t;
            }
        }
        return -1;
    }

    /** Whether token {@code t} starts with a capital letter. */
    boolean startsWithCapital(int t) {
        return words.startsWithCapital(t);
    }

    /** A personal pronoun in any form: тој, таа, него, му, ја, се. */
    boolean isPronounOfPerson(int t) {
        return tag(t) == Upos.PRON && FUNCTION_WORDS.isClitic(lemma(t));
    }

    /** тој, таа, тие, јас: a personal pronoun in its full form, which can be a subject (not го, му, ја). */
    boolean isPersonalPronoun(int t) {
        return isPronounOfPerson(t) && form(t).equals(lemma(t)) && !FUNCTION_WORDS.isReflexive(form(t));
    }

    /**
     * A short clitic pronoun (се, му, ѝ, ја, го, ги), which stands between a verb and what it
     * follows; also ѝ written и, after a comma and before a verb („…“, и рече тој).
     */
    boolean isShortClitic(int t) {
        if (tag(t) == Upos.PRON) {
            return isPronounOfPerson(t) && form(t).length() <= 3 && !form(t).equals(lemma(t));
        }
        return FUNCTION_WORDS.isAnd(form(t)) && t > 0 && form(t - 1).equals(",") && t + 1 < size()
                && (tag(t + 1) == Upos.VERB || tag(t + 1) == Upos.AUX);
    }
}
