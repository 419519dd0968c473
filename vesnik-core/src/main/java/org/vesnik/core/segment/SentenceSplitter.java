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

    private static final byte PUNCTUATION = (byte) TokenKind.PUNCTUATION.ordinal();
    private static final byte ABBREVIATION = (byte) TokenKind.ABBREVIATION.ordinal();
    private static final byte QUOTE = (byte) TokenKind.QUOTE.ordinal();
    private static final byte NUMBER = (byte) TokenKind.NUMBER.ordinal();

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
        LineBreaks lineBreaks = new LineBreaks(text);
        byte[] kinds = tokens.kinds;
        int n = tokens.size;
        int i = 0;
        while (i < n) {
            // the tokens up to the next line break: no sentence crosses a line break
            int lineBreak = lineBreaks.next(tokens.cleanStarts[i]);
            int blockEnd = i + 1;
            while (blockEnd < n && tokens.cleanStarts[blockEnd] < lineBreak) {
                blockEnd++;
            }
            int first = i;
            while (i < blockEnd) {
                byte kind = kinds[i];
                if (kind != PUNCTUATION && kind != ABBREVIATION) {
                    i++;
                    continue;
                }
                char terminal = terminalOf(text, tokens, i);
                if (terminal == 0 || !endsSentenceCandidate(text, tokens, i)) {
                    i++;
                    continue;
                }
                int last = i;
                while (last + 1 < blockEnd && closesAfterTerminal(text, tokens, marks, last + 1)) {
                    last++;
                }
                if (last + 1 < blockEnd && canStartSentence(text, tokens, last + 1, terminal)) {
                    sentences.add(sentence(tokens, first, last + 1));
                    first = last + 1;
                }
                i = last + 1;
            }
            sentences.add(sentence(tokens, first, blockEnd));
            i = blockEnd;
        }
        return sentences;
    }

    private static Sentence sentence(TokenList tokens, int from, int to) {
        return new Sentence(tokens.starts[from], tokens.ends[to - 1], tokens.cleanStarts[from],
                tokens.cleanEnds[to - 1], from, to - from);
    }

    /** The terminal mark a token ends with ({@code …} for a run of stops), or 0 for other tokens. */
    private static char terminalOf(String text, TokenList tokens, int i) {
        byte kind = tokens.kinds[i];
        if (kind == PUNCTUATION) {
            char c = text.charAt(tokens.cleanStarts[i]);
            if (Punctuation.isTerminal(c)) {
                return tokens.cleanEnds[i] - tokens.cleanStarts[i] > 1 && c == '.' ? '…' : c;
            }
            return 0;
        }
        return kind == ABBREVIATION ? '.' : 0;
    }

    /** Terminal punctuation always may end a sentence; an abbreviation only where its kind allows. */
    private boolean endsSentenceCandidate(String text, TokenList tokens, int i) {
        if (tokens.kinds[i] != ABBREVIATION) {
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
                return i > 0 && tokens.kinds[i - 1] == NUMBER;
            default:
                return false;
        }
    }

    private static boolean closesAfterTerminal(String text, TokenList tokens, QuotationMarks marks, int i) {
        char c = text.charAt(tokens.cleanStarts[i]);
        if (tokens.kinds[i] == QUOTE) {
            Role role = marks.role(i);
            int cleanEnd = tokens.cleanEnds[i];
            return role == Role.CLOSE || (role == Role.UNPAIRED && !Punctuation.isOpeningOnlyQuote(c)
                    && (cleanEnd >= text.length() || Character.isWhitespace(text.charAt(cleanEnd))));
        }
        return tokens.kinds[i] == PUNCTUATION && Punctuation.isClosingBracket(c);
    }

    private static boolean canStartSentence(String text, TokenList tokens, int i, char terminal) {
        int cleanStart = tokens.cleanStarts[i];
        char c = text.charAt(cleanStart);
        byte kind = tokens.kinds[i];
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
        return Punctuation.isDash(c) && kind == PUNCTUATION && Character.isWhitespace(text.charAt(Math.max(0, cleanStart - 1)));
    }
}
