package org.vesnik.core.quotes;

import java.io.IOException;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.LayerFormat;
import org.vesnik.core.text.TextOutput;

/**
 * The quotations layer in the output: {@code quotations}, {@code titles} and {@code statements}
 * in JSON, one line a quotation in the text summary.
 */
final class QuotationsFormat implements LayerFormat<Quotations> {

    @Override
    public void json(Quotations quotations, JsonOutput out) throws IOException {
        out.objects("quotations", quotations.quotations(), quotation -> {
            out.words(quotation.quote());
            out.words("speaker", quotation.speaker());
            out.words("cue", quotation.cue());
            out.words("source", quotation.source(), quotation.sourceRule());
            out.words("about", quotation.about());
            out.json().writeStringField("attribution", quotation.attribution());
            out.rule(quotation.rule());
        });
        out.objects("titles", quotations.titles(), out::words);
        out.objects("statements", quotations.statements(), statement -> {
            out.words("speaker", statement.speaker());
            out.words("cue", statement.cue());
            out.words("content", statement.content());
            out.rule(statement.rule());
        });
    }

    @Override
    public void text(Quotations quotations, TextOutput out) throws IOException {
        for (Quotation quotation : quotations.quotations()) {
            out.line("quote %6d-%-6d %s: %s%s%s", quotation.quote().start(), quotation.quote().end(),
                    quotation.speaker() == null ? "(speaker unknown)" : quotation.speaker().text(),
                    TextOutput.visible(quotation.quote().text()),
                    quotation.about() == null ? "" : " (about " + quotation.about().text() + ")",
                    out.rule("rule", quotation.rule()) + out.rule("source", quotation.sourceRule()));
        }
    }
}
