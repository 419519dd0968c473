package org.vesnik.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.lang.Abbreviations;
import org.vesnik.core.lang.Punctuation;
import org.vesnik.core.segment.QuotationMarks.Role;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;

/**
 * Groups tokens into sentences. A sentence ends at a line break (cleanup has already joined
 * lines broken inside a sentence), or after a full stop, question or exclamation mark or
 * ellipsis, together with the closing quotation marks and brackets that follow it, when the
 * next token can start a sentence: a capital, a digit, an opening mark or a dash. Abbreviations
 * end a sentence only where their kind allows it ({@code итн.}; {@code г.} after a number).
 */
public final class SentenceSplitter implements Stage {

    private static final int PUNCTUATION = TokenKind.PUNCTUATION.ordinal();
    private static final int ABBREVIATION = TokenKind.ABBREVIATION.ordinal();
    private static final int QUOTE = TokenKind.QUOTE.ordinal();
    private static final int NUMBER = TokenKind.NUMBER.ordinal();

    private final Abbreviations abbreviations = Abbreviations.macedonian();

    @Override
    public List<Layer<?>> needs() {
        return List.of(CleanText.LAYER, TokenList.LAYER, QuotationMarks.LAYER);
    }

    @Override
    public List<Layer<?>> adds() {
        return List.of(Sentence.LAYER);
    }

    @Override
    public void annotate(Document document) {
        String text = document.get(CleanText.LAYER).text();
        TokenList tokens = document.get(TokenList.LAYER);
        QuotationMarks marks = document.get(QuotationMarks.LAYER);
        document.add(Sentence.LAYER, split(text, tokens, marks));
    }

    public List<Sentence> split(String text, TokenList tokens, QuotationMarks marks) {
        List<Sentence> sentences = new ArrayList<>();
        byte[] kinds = tokens.kinds;
        int[] lineStarts = tokens.lineStarts;
        int[] candidates = tokens.sentenceEnds;
        int n = tokens.size;
        int first = 0;
        int line = 0;
        int c = 0;
        // visit the line starts and the tokens that may end a sentence, in text order
        while (line < lineStarts.length || c < candidates.length) {
            if (c >= candidates.length || (line < lineStarts.length && lineStarts[line] <= candidates[c])) {
                int start = lineStarts[line++];
                if (start > first) {
                    sentences.add(sentence(tokens, first, start)); // no sentence crosses a line break
                    first = start;
                }
                continue;
            }
            int i = candidates[c++];
            if (i < first || !endsSentenceCandidate(text, tokens, i)) {
                continue;
            }
            char terminal = terminalOf(text, tokens, i);
            int last = i;
            while (last + 1 < n && (kinds[last + 1] & TokenList.LINE_BREAK_BEFORE) == 0
                    && closesAfterTerminal(text, tokens, marks, last + 1)) {
                last++;
            }
            if (last + 1 < n && (kinds[last + 1] & TokenList.LINE_BREAK_BEFORE) == 0
                    && canStartSentence(text, tokens, last + 1, terminal)) {
                sentences.add(sentence(tokens, first, last + 1));
                first = last + 1;
            }
        }
        if (first < n) {
            sentences.add(sentence(tokens, first, n));
        }
        return sentences;
    }

    private static Sentence sentence(TokenList tokens, int from, int to) {
        return new Sentence(tokens.span(from, to), from, to - from);
    }

    /** The terminal mark of a token that may end a sentence ({@code …} for a run of stops). */
    private static char terminalOf(String text, TokenList tokens, int i) {
        if ((tokens.kinds[i] & TokenList.KIND_MASK) == ABBREVIATION) {
            return '.';
        }
        char c = text.charAt(tokens.cleanStarts[i]);
        return tokens.cleanEnds[i] - tokens.cleanStarts[i] > 1 && c == '.' ? '…' : c;
    }

    /** Terminal punctuation always may end a sentence; an abbreviation only where its kind allows. */
    private boolean endsSentenceCandidate(String text, TokenList tokens, int i) {
        if ((tokens.kinds[i] & TokenList.KIND_MASK) != ABBREVIATION) {
            return true;
        }
        Optional<Abbreviations.Position> position = abbreviations.lookup(text, tokens.cleanStarts[i], tokens.cleanEnds[i]);
        if (position.isEmpty()) {
            return false; // an initial
        }
        switch (position.get()) {
            case ANY:
                return true;
            case AFTER_NUMBER:
                return i > 0 && (tokens.kinds[i - 1] & TokenList.KIND_MASK) == NUMBER;
            default:
                return false;
        }
    }

    private static boolean closesAfterTerminal(String text, TokenList tokens, QuotationMarks marks, int i) {
        char c = text.charAt(tokens.cleanStarts[i]);
        int kind = tokens.kinds[i] & TokenList.KIND_MASK;
        if (kind == QUOTE) {
            Role role = marks.role(i);
            int cleanEnd = tokens.cleanEnds[i];
            return role == Role.CLOSE || (role == Role.UNPAIRED && !Punctuation.isOpeningOnlyQuote(c)
                    && (cleanEnd >= text.length() || Character.isWhitespace(text.charAt(cleanEnd))));
        }
        return kind == PUNCTUATION && Punctuation.isClosingBracket(c);
    }

    private static boolean canStartSentence(String text, TokenList tokens, int i, char terminal) {
        int cleanStart = tokens.cleanStarts[i];
        char c = text.charAt(cleanStart);
        int kind = tokens.kinds[i] & TokenList.KIND_MASK;
        if (kind == QUOTE || Punctuation.isOpeningBracket(c)) {
            if (i + 1 >= tokens.size) {
                return false;
            }
            char inner = text.charAt(tokens.cleanStarts[i + 1]);
            return Character.isUpperCase(inner) || Character.isDigit(inner);
        }
        if (Character.isUpperCase(c)) {
            return true;
        }
        if (terminal == '…') {
            return false; // an ellipsis before anything but a capital is a pause
        }
        if (Character.isDigit(c)) {
            return true;
        }
        return Punctuation.isDash(c) && kind == PUNCTUATION && Character.isWhitespace(text.charAt(Math.max(0, cleanStart - 1)))
                && !lowerCaseFollows(text, tokens, i);
    }

    /** A dash before a lower-case word goes on the sentence (…?“ — праша Лидија): dialogue's speaker. */
    private static boolean lowerCaseFollows(String text, TokenList tokens, int i) {
        return i + 1 < tokens.size && Character.isLowerCase(text.charAt(tokens.cleanStarts[i + 1]));
    }
}
