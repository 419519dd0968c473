package org.vesnik.core.langid;

import java.util.List;
import org.vesnik.core.text.Layer;

/**
 * The language of a document and of each of its paragraphs. {@code forced} when the user said
 * which language the document is in ({@code --lang mk}); the guess is then still reported.
 */
public record DocumentLanguage(LanguageGuess guess, String forced, List<ParagraphLanguage> paragraphs) {

    public static final Layer<DocumentLanguage> LAYER = Layer.written("language", new LanguageFormat());

    public DocumentLanguage {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The language the later stages take the document to be in: the forced one, else the guess. */
    public String code() {
        return forced != null ? forced : guess.code();
    }

    public boolean isMacedonian() {
        return "mk".equals(code());
    }
}
