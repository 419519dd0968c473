package org.vesnik.archive.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.vesnik.archive.Highlight;
import org.vesnik.archive.Snippet;

/**
 * Turns the highlighter's best passage into a {@link Snippet}: offsets into the stored original
 * text (the analyzer's offsets point into it even where cleanup changed the text), cut to a
 * readable length around the first match, at spaces.
 */
final class SnippetFormatter extends PassageFormatter {

    /** Longest snippet, in characters: about two lines of a result list. */
    static final int MAX_LENGTH = 240;
    /** How much of the text before the first match a cut snippet keeps. */
    private static final int CONTEXT_BEFORE = 60;

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return Snippet.NONE;
        }
        Passage passage = passages[0];
        int start = passage.getStartOffset();
        int end = Math.min(passage.getEndOffset(), content.length());
        if (end - start > MAX_LENGTH) {
            int first = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
            start = Math.max(start, first - CONTEXT_BEFORE);
            end = Math.min(end, start + MAX_LENGTH);
            start = wordStart(content, start, first);
            end = wordEnd(content, end, passage.getNumMatches() > 0 ? passage.getMatchEnds()[0] : start);
        }
        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        List<Highlight> highlights = new ArrayList<>();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int matchStart = passage.getMatchStarts()[i];
            int matchEnd = passage.getMatchEnds()[i];
            // the postings may list a term twice at one place (a phrase and its words): once is enough
            if (matchStart >= start && matchEnd <= end
                    && (highlights.isEmpty() || highlights.get(highlights.size() - 1).end() <= matchStart)) {
                highlights.add(new Highlight(matchStart, matchEnd));
            }
        }
        return new Snippet(start, end, content.substring(start, end), highlights);
    }

    /** Moves a cut forward to the next word's start, but never past {@code limit}. */
    private static int wordStart(String content, int at, int limit) {
        if (at == 0 || Character.isWhitespace(content.charAt(at - 1))) {
            return at;
        }
        int i = at;
        while (i < limit && !Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Moves a cut back to the end of the last whole word, but never before {@code limit}. */
    private static int wordEnd(String content, int at, int limit) {
        if (at >= content.length() || Character.isWhitespace(content.charAt(at))) {
            return at;
        }
        int i = at;
        while (i > limit && !Character.isWhitespace(content.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
