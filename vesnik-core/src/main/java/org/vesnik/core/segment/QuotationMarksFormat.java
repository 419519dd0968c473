package org.vesnik.core.segment;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.LayerFormat;

/**
 * The quotation marks in JSON: {@code quotationMarks}, each pair with its tokens and the span
 * between them, and {@code unpairedQuotationMarks}, the tokens of marks left alone.
 */
final class QuotationMarksFormat implements LayerFormat<QuotationMarks> {

    @Override
    public void json(QuotationMarks marks, JsonOutput out) throws IOException {
        JsonGenerator json = out.json();
        TokenList tokens = out.document().get(TokenList.LAYER);
        out.objects("quotationMarks", marks.pairs(), pair -> {
            json.writeNumberField("openToken", pair.openToken());
            json.writeNumberField("closeToken", pair.closeToken());
            out.span(tokens.between(pair.openToken(), pair.closeToken()));
        });
        json.writeArrayFieldStart("unpairedQuotationMarks");
        for (int index : marks.unpaired()) {
            json.writeNumber(index);
        }
        json.writeEndArray();
    }
}
