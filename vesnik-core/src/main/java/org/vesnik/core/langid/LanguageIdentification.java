package org.vesnik.core.langid;

import java.util.ArrayList;
import java.util.List;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.OffsetMap;
import org.vesnik.core.text.Span;
import org.vesnik.core.text.Stage;

/**
 * Adds the language of the cleaned text and of each paragraph. Stages that only make sense for
 * Macedonian ({@link Stage#macedonianOnly()}) are skipped for a document in another language,
 * unless the language is forced.
 */
public final class LanguageIdentification implements Stage {

    /** The statistical model reads at most this much of one text: enough to be sure, and bounded in time. */
    static final int MAX_MODEL_CHARS = 10_000;

    private final LanguageIdentifier identifier;
    private final String forced;

    /** Guesses the language; with {@code forced} non-null, later stages take that language instead. */
    public LanguageIdentification(LanguageIdentifier identifier, String forced) {
        this.identifier = identifier;
        this.forced = forced;
    }

    @Override
    public List<Layer<?>> needs() {
        return List.of(CleanText.LAYER);
    }

    @Override
    public List<Layer<?>> adds() {
        return List.of(DocumentLanguage.LAYER);
    }

    @Override
    public void annotate(Document document) {
        CleanText clean = document.get(CleanText.LAYER);
        String text = clean.text();
        List<ParagraphLanguage> paragraphs = new ArrayList<>();
        OffsetMap offsets = clean.offsets();
        int start = 0;
        while (start < text.length()) {
            int end = paragraphEnd(text, start);
            int[] trimmed = trim(text, start, end);
            if (trimmed[0] < trimmed[1]) {
                LanguageGuess guess = identifier.identify(sample(text, trimmed[0], trimmed[1]));
                int originalStart = offsets.toOriginalStart(trimmed[0]);
                int originalEnd = Math.max(originalStart, offsets.toOriginalEnd(trimmed[1]));
                paragraphs.add(new ParagraphLanguage(new Span(originalStart, originalEnd, trimmed[0], trimmed[1]), guess));
            }
            start = end;
        }
        LanguageGuess whole = paragraphs.size() == 1
                ? paragraphs.get(0).language()
                : identifier.identify(sample(text, 0, text.length()));
        document.add(DocumentLanguage.LAYER, new DocumentLanguage(whole, forced, paragraphs));
    }

    private static CharSequence sample(String text, int start, int end) {
        return text.subSequence(start, Math.min(end, start + MAX_MODEL_CHARS));
    }

    /** The end of the paragraph at {@code start}: after the next blank line, or the text's end. */
    private static int paragraphEnd(String text, int start) {
        int i = text.indexOf('\n', start);
        while (i >= 0) {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n') {
                return j + 1;
            }
            i = text.indexOf('\n', j);
        }
        return text.length();
    }

    private static int[] trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }
}
