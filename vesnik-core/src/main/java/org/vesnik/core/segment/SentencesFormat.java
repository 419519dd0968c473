package org.vesnik.core.segment;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.LayerFormat;

/**
 * The sentences layer in JSON: {@code sentences}, each with its tokens, and in each token the
 * fields other layers give it (the lemma and tag).
 */
final class SentencesFormat implements LayerFormat<List<Sentence>> {

    @Override
    public void json(List<Sentence> sentences, JsonOutput out) throws IOException {
        JsonGenerator json = out.json();
        Document document = out.document();
        TokenList tokens = document.get(TokenList.LAYER);
        String cleaned = document.get(CleanText.LAYER).text();
        json.writeArrayFieldStart("sentences");
        int index = 0;
        for (Sentence sentence : sentences) {
            json.writeStartObject();
            json.writeNumberField("index", index++);
            out.span(sentence.span());
            json.writeStringField("text", document.text(sentence.span()));
            json.writeArrayFieldStart("tokens");
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                token(out, document.original(), cleaned, tokens.get(t), t);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void token(JsonOutput out, String original, String cleaned, Token token, int index) throws IOException {
        JsonGenerator json = out.json();
        json.writeStartObject();
        json.writeNumberField("index", index);
        json.writeStringField("text", original.substring(token.start(), token.end()));
        int length = token.end() - token.start();
        boolean unchanged = token.cleanEnd() - token.cleanStart() == length
                && original.regionMatches(token.start(), cleaned, token.cleanStart(), length);
        if (!unchanged) {
            json.writeStringField("cleanText", cleaned.substring(token.cleanStart(), token.cleanEnd()));
        }
        json.writeStringField("kind", token.kind().label());
        out.tokenFields(index);
        out.span(token.span());
        json.writeBooleanField("spaceAfter", out.document().spaceAfter(token.span()));
        json.writeEndObject();
    }
}
