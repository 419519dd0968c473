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
        List<Token> tokens = document.get(Tokenizer.TOKENS);
        QuotationMarks marks = document.get(QuotationMarkPairer.QUOTATION_MARKS);
        document.add(SENTENCES, split(text, tokens, marks));
    }

    public List<Sentence> split(String text, List<Token> tokens, QuotationMarks marks) {
        List<Sentence> sentences = new ArrayList<>();
        int n = tokens.size();
        int first = 0;
        int i = 0;
        while (i < n) {
            int last = i;
            boolean boundary = false;
            if (endsSentenceCandidate(text, tokens, i)) {
                while (last + 1 < n && closesAfterTerminal(text, tokens, marks, last + 1)
                        && !lineBreakBetween(text, tokens.get(last), tokens.get(last + 1))) {
                    last++;
                }
                boundary = last + 1 >= n || canStartSentence(text, tokens, last + 1, terminalOf(text, tokens.get(i)));
            }
            if (!boundary && last + 1 < n && lineBreakBetween(text, tokens.get(last), tokens.get(last + 1))) {
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

    private static Sentence sentence(List<Token> tokens, int from, int to) {
        Token a = tokens.get(from);
        Token b = tokens.get(to - 1);
        return new Sentence(a.start(), b.end(), a.cleanStart(), b.cleanEnd(), from, to - from);
    }

    /** The terminal mark of a punctuation token, or 0 when the token is not one. */
    private static char terminalOf(String text, Token token) {
        if (token.kind() == TokenKind.PUNCTUATION) {
            char c = text.charAt(token.cleanStart());
            if (Punctuation.isTerminal(c)) {
                return token.cleanEnd() - token.cleanStart() > 1 && c == '.' ? '…' : c;
            }
        }
        if (token.kind() == TokenKind.ABBREVIATION) {
            return '.';
        }
        return 0;
    }

    private boolean endsSentenceCandidate(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.kind() == TokenKind.PUNCTUATION) {
            return terminalOf(text, token) != 0;
        }
        if (token.kind() != TokenKind.ABBREVIATION) {
            return false;
        }
        Optional<Abbreviations.Position> position = abbreviations.lookup(text, token.cleanStart(), token.cleanEnd());
        if (position.isEmpty()) {
            return false; // an initial
        }
        switch (position.get()) {
            case ANY:
                return true;
            case AFTER_NUMBER:
                return i > 0 && tokens.get(i - 1).kind() == TokenKind.NUMBER;
            default:
                return false;
        }
    }

    private static boolean closesAfterTerminal(String text, List<Token> tokens, QuotationMarks marks, int i) {
        Token token = tokens.get(i);
        char c = text.charAt(token.cleanStart());
        if (token.kind() == TokenKind.QUOTE) {
            Role role = marks.role(i);
            return role == Role.CLOSE || (role == Role.UNPAIRED && !Punctuation.isOpeningOnlyQuote(c)
                    && (token.cleanEnd() >= text.length() || Character.isWhitespace(text.charAt(token.cleanEnd()))));
        }
        return token.kind() == TokenKind.PUNCTUATION && Punctuation.isClosingBracket(c);
    }

    private static boolean canStartSentence(String text, List<Token> tokens, int i, char terminal) {
        Token token = tokens.get(i);
        char c = text.charAt(token.cleanStart());
        if (token.kind() == TokenKind.QUOTE || Punctuation.isOpeningBracket(c)) {
            if (i + 1 >= tokens.size()) {
                return false;
            }
            char inner = text.charAt(tokens.get(i + 1).cleanStart());
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
        return Punctuation.isDash(c) && token.kind() == TokenKind.PUNCTUATION && terminal != 0
                && Character.isWhitespace(text.charAt(Math.max(0, token.cleanStart() - 1)));
    }

    private static boolean lineBreakBetween(String text, Token a, Token b) {
        for (int k = a.cleanEnd(); k < b.cleanStart(); k++) {
            if (Punctuation.isLineBreak(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
