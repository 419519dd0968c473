package org.vesnik.core.quotes;

import java.util.ArrayList;
import java.util.List;
import org.vesnik.core.lang.Punctuation;
import org.vesnik.core.segment.QuotationMarks;
import org.vesnik.core.segment.TokenList;

/**
 * Where quoted words stand: {@code open} and {@code close} are the marks' tokens, or, for words
 * that run on ({@code runsOn}), the opening mark and the end of its line.
 */
record QuotedRun(int open, int close, boolean runsOn) {

    /**
     * The paired marks, and the opening marks no mark closes before the end of their line: in
     * fiction and in long quotations a paragraph's words run on unclosed („Ајде“, рече О'Брајан,
     * „Застани меѓу крилата …), the next paragraph opening a mark again. Ordered by opening mark.
     */
    static List<QuotedRun> find(String clean, TokenList tokens, QuotationMarks marks) {
        List<QuotedRun> runs = new ArrayList<>();
        for (QuotationMarks.Pair pair : marks.pairs()) {
            runs.add(new QuotedRun(pair.openToken(), pair.closeToken(), false));
        }
        for (int open : marks.unpaired()) {
            if (!Punctuation.isOpeningOnlyQuote(clean.charAt(tokens.cleanStart(open)))) {
                continue;
            }
            int end = open + 1;
            while (end < tokens.size() && !tokens.startsLine(end)) {
                end++;
            }
            runs.add(new QuotedRun(open, end, true));
        }
        runs.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return runs;
    }

    /** Whether each token stands between the marks of a run. */
    static boolean[] insideMarks(List<QuotedRun> runs, int size) {
        boolean[] quoted = new boolean[size];
        for (QuotedRun run : runs) {
            for (int t = run.open() + 1; t < run.close(); t++) {
                quoted[t] = true;
            }
        }
        return quoted;
    }
}
