package org.vesnik.core.clean;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.LayerFormat;
import org.vesnik.core.text.TextOutput;

/** The cleaned text in the output: {@code cleanText} and {@code repairs} in JSON, one line a repair in the text summary. */
final class RepairsFormat implements LayerFormat<CleanText> {

    @Override
    public void json(CleanText clean, JsonOutput out) throws IOException {
        JsonGenerator json = out.json();
        json.writeStringField("cleanText", clean.text());
        out.objects("repairs", clean.repairs(), repair -> {
            json.writeStringField("kind", repair.kind().label());
            out.span(repair.span());
            json.writeStringField("original", repair.originalText());
            json.writeStringField("cleaned", repair.cleanedText());
        });
    }

    @Override
    public void text(CleanText clean, TextOutput out) throws IOException {
        for (Repair repair : clean.repairs()) {
            out.line("  %-21s %6d-%-6d %s -> %s", repair.kind().label(), repair.start(), repair.end(),
                    TextOutput.visible(repair.originalText()), TextOutput.visible(repair.cleanedText()));
        }
    }
}
