package org.vesnik.core.langid;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.LayerFormat;

/** The language layer in JSON: {@code language}, with {@code paragraphs} when there are several. */
final class LanguageFormat implements LayerFormat<DocumentLanguage> {

    @Override
    public void json(DocumentLanguage language, JsonOutput out) throws IOException {
        JsonGenerator json = out.json();
        json.writeObjectFieldStart("language");
        guess(json, language.guess());
        if (language.forced() != null) {
            json.writeStringField("forced", language.forced());
        }
        if (language.paragraphs().size() > 1) {
            out.objects("paragraphs", language.paragraphs(), paragraph -> {
                out.span(paragraph.span());
                guess(json, paragraph.language());
            });
        }
        json.writeEndObject();
    }

    private static void guess(JsonGenerator json, LanguageGuess guess) throws IOException {
        json.writeStringField("code", guess.code());
        json.writeStringField("script", guess.script());
        json.writeNumberField("confidence", Math.round(guess.confidence() * 1000) / 1000.0);
    }
}
