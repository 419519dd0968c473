package org.vesnik.core.clean;

import java.util.List;
import java.util.Optional;
import org.vesnik.core.lang.Abbreviations;
import org.vesnik.core.lang.MacedonianWords;
import org.vesnik.core.lang.Punctuation;
import org.vesnik.core.resources.WordSet;
import org.vesnik.core.lang.CharClasses;
import org.vesnik.core.text.Edit;

/**
 * Inserts the missing space after a sentence-final mark glued to the next sentence
 * ({@code КЦНА.Ким}, {@code прашања?“Следната}). A stop is taken for sentence-final only when
 * the next sentence starts with a capital and the stop does not belong to a number
 * ({@code 2.000}), an initial ({@code В.Путин}), an abbreviation ({@code ул.Партизанска}), a URL,
 * an e-mail address or a domain name ({@code Time.MK}).
 */
public final class GluedSentenceSeparator implements CleanupStep {

    private final Abbreviations abbreviations = Abbreviations.macedonian();
    private final WordSet domains = MacedonianWords.topLevelDomains();

    @Override
    public RepairKind kind() {
        return RepairKind.GLUED_SENTENCE;
    }

    @Override
    public boolean mayApply(TextProfile profile) {
        return profile.has(CharClasses.TERMINAL);
    }

    @Override
    public void findEdits(String text, TextProfile profile, List<Edit> edits) {
        int length = text.length();
        int done = 0; // the end of the last run of marks looked at
        for (int k = 0; k < profile.count(); k++) {
            int marksStart = profile.position(k);
            if (marksStart < done || !Punctuation.isTerminal(text.charAt(marksStart))) {
                continue;
            }
            int marksEnd = marksStart + 1;
            while (marksEnd < length && Punctuation.isTerminal(text.charAt(marksEnd))) {
                marksEnd++;
            }
            done = marksEnd;
            int after = marksEnd;
            while (after < length && closesSentence(text.charAt(after))) {
                after++;
            }
            if (after < length && marksStart > 0 && text.charAt(after) > ' ' && startsSentence(text, after)
                    && endsSentence(text, marksStart, marksEnd, after)) {
                edits.add(new Edit(after, after, " "));
            }
        }
    }

    private static boolean closesSentence(char c) {
        return c == '“' || c == '”' || c == '»' || c == '"' || c == '’' || c == '›' || Punctuation.isClosingBracket(c);
    }

    private static boolean startsSentence(String text, int at) {
        char c = text.charAt(at);
        if ((c == '„' || c == '«' || c == '“' || c == '"' || c == '(') && at + 1 < text.length()) {
            c = text.charAt(at + 1);
        }
        return Character.isUpperCase(c);
    }

    private boolean endsSentence(String text, int marksStart, int marksEnd, int next) {
        if (looksLikeAddress(text, marksStart, next)) {
            return false;
        }
        boolean singleStop = marksEnd - marksStart == 1 && text.charAt(marksStart) == '.';
        if (!singleStop) {
            return true;
        }
        int wordStart = marksStart;
        while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordLength = marksStart - wordStart;
        if (wordLength == 0) {
            return true; // a stop after a quote or bracket: „…“.Следната
        }
        if (wordLength == 1 && Character.isLetter(text.charAt(wordStart))) {
            return false; // an initial or part of an abbreviation: В.Путин, т.е.
        }
        if (wordStart > 0 && text.charAt(wordStart - 1) == '-' && wordLength <= 3) {
            return false; // д-р.Петров
        }
        Optional<Abbreviations.Position> abbreviation = abbreviations.lookup(text, wordStart, marksStart + 1);
        if (abbreviation.isPresent() && abbreviation.get() != Abbreviations.Position.ANY) {
            return false;
        }
        return !isDomain(text, wordStart, marksStart, next);
    }

    /** Latin word, stop, top-level domain: {@code Time.MK}, {@code Vecer.com}. */
    private boolean isDomain(String text, int wordStart, int stop, int next) {
        if (next != stop + 1 || !isLatin(text.charAt(wordStart)) || !isLatin(text.charAt(next))) {
            return false;
        }
        int end = next;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return domains.contains(text, next, end);
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The run of non-space text around the stop is a URL or an e-mail address. */
    private static boolean looksLikeAddress(String text, int marksStart, int next) {
        int from = marksStart;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = next;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        String chunk = text.substring(from, to);
        return chunk.contains("://") || chunk.indexOf('@') >= 0 || chunk.regionMatches(true, 0, "www.", 0, 4);
    }
}
