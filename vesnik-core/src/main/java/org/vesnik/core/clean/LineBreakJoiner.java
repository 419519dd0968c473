package org.vesnik.core.clean;

import java.util.List;
import org.vesnik.core.lang.MacedonianWords;
import org.vesnik.core.lang.Punctuation;
import org.vesnik.core.resources.WordSet;
import org.vesnik.core.lang.CharClasses;
import org.vesnik.core.text.Edit;

/**
 * Turns a hard line break inside a sentence into a space. A single line break is inside a
 * sentence when the next line goes on in lower case, when the line ends with a comma or with
 * a word that cannot end a sentence (a preposition, a conjunction, a clitic), or when the line
 * already finished a sentence, so it is prose and not a heading. Blank lines
 * and lines that end a sentence or a heading stay, so every line break left after cleanup is a
 * boundary.
 */
public final class LineBreakJoiner implements CleanupStep {

    private final WordSet nonFinalWords = MacedonianWords.nonFinal();

    @Override
    public RepairKind kind() {
        return RepairKind.LINE_BREAK;
    }

    @Override
    public boolean mayApply(TextProfile profile) {
        return profile.has(CharClasses.LINE_BREAK);
    }

    @Override
    public void findEdits(String text, TextProfile profile, List<Edit> edits) {
        int length = text.length();
        int done = 0; // the end of the last line break looked at
        for (int k = 0; k < profile.count(); k++) {
            int breakStart = profile.position(k);
            char c = text.charAt(breakStart);
            if (breakStart < done || (c != '\n' && c != '\r')) {
                continue;
            }
            int breakEnd = (c == '\r' && breakStart + 1 < length && text.charAt(breakStart + 1) == '\n')
                    ? breakStart + 2 : breakStart + 1;
            done = breakEnd;
            int next = breakEnd;
            while (next < length && Punctuation.isBlank(text.charAt(next))) {
                next++;
            }
            if (next >= length || Punctuation.isLineBreak(text.charAt(next))) {
                continue; // a blank line, or the end: a real break
            }
            int previous = breakStart - 1;
            while (previous >= 0 && Punctuation.isBlank(text.charAt(previous))) {
                previous--;
            }
            if (previous < 0 || Punctuation.isLineBreak(text.charAt(previous))) {
                continue;
            }
            if (continuesSentence(text, previous, next)) {
                edits.add(new Edit(breakStart, breakEnd, " "));
            }
        }
    }

    private boolean continuesSentence(String text, int lastOfLine, int firstOfNext) {
        char last = text.charAt(lastOfLine);
        char first = text.charAt(firstOfNext);
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (Punctuation.isTerminal(last) || last == ':' || Punctuation.isClosingBracket(last)
                || Punctuation.isQuote(last)) {
            return false;
        }
        if (last == ',' || last == ';') {
            return true;
        }
        if (!Character.isLetter(last)) {
            return false;
        }
        int wordStart = lastOfLine;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return nonFinalWords.contains(text, wordStart, lastOfLine + 1) || endsUnfinishedProse(text, wordStart);
    }

    /**
     * Whether the line before {@code end} already finished a sentence: then it is prose, not a
     * heading, and its unfinished tail goes on after the break.
     */
    private static boolean endsUnfinishedProse(String text, int end) {
        for (int i = end - 2; i > 0 && !Punctuation.isLineBreak(text.charAt(i)); i--) {
            if (Punctuation.isTerminal(text.charAt(i - 1)) && Punctuation.isBlank(text.charAt(i))
                    && Character.isUpperCase(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
