package org.vesnik.archive.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.vesnik.archive.Snippet;

/**
 * Lucene's unified highlighter, reading offsets from the postings, giving each hit one
 * {@link Snippet} of the stored original text. A document with no match in the field gets the
 * field's opening passage.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    /** Characters of a body searched for passages: whole articles, up to a long feature. */
    private static final int MAX_ANALYZED = 200_000;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(MAX_ANALYZED)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SnippetFormatter.MAX_LENGTH / 2, 0.5f)));
    }

    /** One snippet of {@code field} a document, in the order of {@code docIds}. */
    Snippet[] snippets(String field, Query query, int[] docIds) throws IOException {
        Snippet[] snippets = new Snippet[docIds.length];
        Arrays.fill(snippets, Snippet.NONE);
        if (docIds.length == 0) {
            return snippets;
        }
        int[] one = new int[] {1};
        Map<String, Object[]> found = highlightFieldsAsObjects(new String[] {field}, query, docIds, one);
        Object[] values = found.get(field);
        for (int i = 0; i < docIds.length && values != null; i++) {
            if (values[i] instanceof Snippet snippet) {
                snippets[i] = snippet;
            }
        }
        return snippets;
    }
}
