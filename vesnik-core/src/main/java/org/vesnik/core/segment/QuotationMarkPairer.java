package org.vesnik.core.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.lang.Punctuation;
import org.vesnik.core.segment.QuotationMarks.Pair;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;

/**
 * Pairs quotation marks of every style: Macedonian {@code „…“} and {@code ‚…‘}, English
 * {@code “…”} and {@code ‘…’}, guillemets {@code «…»}, and straight {@code "…"} and {@code '…'},
 * whose direction is read from the spaces around them. Pairs never cross a line break.
 */
public final class QuotationMarkPairer implements Stage {

    @Override
    public List<Layer<?>> needs() {
        return List.of(CleanText.LAYER, TokenList.LAYER);
    }

    @Override
    public List<Layer<?>> adds() {
        return List.of(QuotationMarks.LAYER);
    }

    @Override
    public void annotate(Document document) {
        String text = document.get(CleanText.LAYER).text();
        document.add(QuotationMarks.LAYER, pair(text, document.get(TokenList.LAYER)));
    }

    public QuotationMarks pair(String text, TokenList tokens) {
        int[] quotes = tokens.quotes;
        int[] lineStarts = tokens.lineStarts;
        byte[] roles = new byte[quotes.length];
        List<Pair> pairs = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>(); // indexes into quotes
        int line = 0;
        for (int q = 0; q < quotes.length; q++) {
            int i = quotes[q];
            boolean lineBroke = false;
            while (line < lineStarts.length && lineStarts[line] <= i) {
                lineBroke = true;
                line++;
            }
            if (lineBroke) {
                closeUnpaired(open, roles); // pairs never cross a line break
            }
            int cleanStart = tokens.cleanStarts[i];
            int cleanEnd = tokens.cleanEnds[i];
            char mark = text.charAt(cleanStart);
            boolean opensWord = cleanEnd < text.length() && !Character.isWhitespace(text.charAt(cleanEnd));
            boolean closesWord = cleanStart > 0 && !Character.isWhitespace(text.charAt(cleanStart - 1));
            int partner = matchingOpener(text, tokens, quotes, open, mark, opensWord, closesWord);
            if (partner >= 0) {
                while (open.peek() != partner) {
                    roles[open.pop()] = QuotationMarks.UNPAIRED;
                }
                open.pop();
                roles[partner] = QuotationMarks.OPEN;
                roles[q] = QuotationMarks.CLOSE;
                pairs.add(new Pair(quotes[partner], i));
            } else if (canOpen(mark, opensWord, closesWord)) {
                open.push(q);
                roles[q] = QuotationMarks.UNPAIRED; // until closed
            } else {
                roles[q] = QuotationMarks.UNPAIRED;
            }
        }
        pairs.sort((a, b) -> Integer.compare(a.openToken(), b.openToken()));
        return new QuotationMarks(pairs, quotes, roles);
    }

    /** The open mark that {@code mark} closes, or -1 when it does not close one. */
    private static int matchingOpener(String text, TokenList tokens, int[] quotes, Deque<Integer> open, char mark,
                                      boolean opensWord, boolean closesWord) {
        if (Punctuation.isOpeningOnlyQuote(mark)) {
            return -1;
        }
        boolean mayClose = Punctuation.isClosingOnlyQuote(mark) || closesWord || !opensWord;
        if (!mayClose) {
            return -1;
        }
        for (int candidate : open) {
            char opener = text.charAt(tokens.cleanStarts[quotes[candidate]]);
            if (closes(opener, mark)) {
                return candidate;
            }
        }
        return -1;
    }

    private static boolean closes(char opener, char closer) {
        switch (opener) {
            case '„':
                return closer == '“' || closer == '”' || closer == '"';
            case '“':
                return closer == '”' || closer == '“' || closer == '"';
            case '‚':
                return closer == '‘' || closer == '’' || closer == '\'';
            case '‘':
                return closer == '’' || closer == '‘' || closer == '\'';
            case '«':
                return closer == '»';
            case '‹':
                return closer == '›';
            case '"':
                return closer == '"' || closer == '”' || closer == '“';
            case '\'':
                return closer == '\'' || closer == '’';
            default:
                return false;
        }
    }

    private static boolean canOpen(char mark, boolean opensWord, boolean closesWord) {
        if (Punctuation.isOpeningOnlyQuote(mark)) {
            return true;
        }
        if (Punctuation.isClosingOnlyQuote(mark)) {
            return false;
        }
        return opensWord && !closesWord;
    }

    private static void closeUnpaired(Deque<Integer> open, byte[] roles) {
        while (!open.isEmpty()) {
            roles[open.pop()] = QuotationMarks.UNPAIRED;
        }
    }
}
