package org.vesnik.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vesnik.core.clean.Cleaner;
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

    public static final Layer<List<Sentence>> SENTENCES = Layer.named("sentences");

    private final Abbreviations abbreviations = Abbreviations.macedonian();

    @Override
    public void annotate(Document document) {
        String text = document.get(Cleaner.CLEAN_TEXT).text();
        TokenList tokens = document.get(Tokenizer.TOKENS);
        QuotationMarks marks = document.get(QuotationMarkPairer.QUOTATION_MARKS);
        document.add(SENTENCES, split(text, tokens, marks));
    }

    public List<Sentence> split(String text, TokenList tokens, QuotationMarks marks) {
        List<Sentence> sentences = new ArrayList<>();
        int n = tokens.size();
        int first = 0;
        int i = 0;
        while (i < n) {
            int last = i;
            boolean boundary = false;
            if (endsSentenceCandidate(text, tokens, i)) {
                while (last + 1 < n && closesAfterTerminal(text, tokens, marks, last + 1)
                        && !lineBreakBetween(text, tokens, last)) {
                    last++;
                }
                boundary = last + 1 >= n || canStartSentence(text, tokens, last + 1, terminalOf(text, tokens, i));
            }
            if (!boundary && last + 1 < n && lineBreakBetween(text, tokens, last)) {
                boundary = true;
            }
            if (boundary || last + 1 >= n) {
                sentences.add(sentence(tokens, first, last + 1));
                first = last + 1;
            }
            i = last + 1;
        }
        return sentences;
    }

    private static Sentence sentence(TokenList tokens, int from, int to) {
        return new Sentence(tokens.start(from), tokens.end(to - 1), tokens.cleanStart(from), tokens.cleanEnd(to - 1),
                from, to - from);
    }

    /** The terminal mark of a punctuation token, or 0 when the token is not one. */
    private static char terminalOf(String text, TokenList tokens, int i) {
        TokenKind kind = tokens.kind(i);
        if (kind == TokenKind.PUNCTUATION) {
            char c = text.charAt(tokens.cleanStart(i));
            if (Punctuation.isTerminal(c)) {
                return tokens.cleanEnd(i) - tokens.cleanStart(i) > 1 && c == '.' ? '…' : c;
            }
        }
        if (kind == TokenKind.ABBREVIATION) {
            return '.';
        }
        return 0;
    }

    private boolean endsSentenceCandidate(String text, TokenList tokens, int i) {
        TokenKind kind = tokens.kind(i);
        if (kind == TokenKind.PUNCTUATION) {
            return terminalOf(text, tokens, i) != 0;
        }
        if (kind != TokenKind.ABBREVIATION) {
            return false;
        }
        Optional<Abbreviations.Position> position = abbreviations.lookup(text, tokens.cleanStart(i), tokens.cleanEnd(i));
        if (position.isEmpty()) {
            return false; // an initial
        }
        switch (position.get()) {
            case ANY:
                return true;
            case AFTER_NUMBER:
                return i > 0 && tokens.kind(i - 1) == TokenKind.NUMBER;
            default:
                return false;
        }
    }

    private static boolean closesAfterTerminal(String text, TokenList tokens, QuotationMarks marks, int i) {
        char c = text.charAt(tokens.cleanStart(i));
        int cleanEnd = tokens.cleanEnd(i);
        if (tokens.kind(i) == TokenKind.QUOTE) {
            Role role = marks.role(i);
            return role == Role.CLOSE || (role == Role.UNPAIRED && !Punctuation.isOpeningOnlyQuote(c)
                    && (cleanEnd >= text.length() || Character.isWhitespace(text.charAt(cleanEnd))));
        }
        return tokens.kind(i) == TokenKind.PUNCTUATION && Punctuation.isClosingBracket(c);
    }

    private static boolean canStartSentence(String text, TokenList tokens, int i, char terminal) {
        int cleanStart = tokens.cleanStart(i);
        char c = text.charAt(cleanStart);
        TokenKind kind = tokens.kind(i);
        if (kind == TokenKind.QUOTE || Punctuation.isOpeningBracket(c)) {
            if (i + 1 >= tokens.size()) {
                return false;
            }
            char inner = text.charAt(tokens.cleanStart(i + 1));
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
        return Punctuation.isDash(c) && kind == TokenKind.PUNCTUATION && terminal != 0
                && Character.isWhitespace(text.charAt(Math.max(0, cleanStart - 1)));
    }

    /** Whether a line break lies between token {@code i} and the next. */
    private static boolean lineBreakBetween(String text, TokenList tokens, int i) {
        for (int k = tokens.cleanEnd(i), to = tokens.cleanStart(i + 1); k < to; k++) {
            if (Punctuation.isLineBreak(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
