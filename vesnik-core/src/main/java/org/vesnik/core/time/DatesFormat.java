package org.vesnik.core.time;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.LayerFormat;
import org.vesnik.core.text.TextOutput;

/** The dates layer in the output: {@code dates} in JSON, one line a date in the text summary. */
final class DatesFormat implements LayerFormat<List<DateMention>> {

    @Override
    public void json(List<DateMention> dates, JsonOutput out) throws IOException {
        out.objects("dates", dates, date -> fields(date, out));
    }

    /** A date's span, words, kind, value (where resolved) and resolution, and its rule when explaining. */
    private static void fields(DateMention date, JsonOutput out) throws IOException {
        JsonGenerator json = out.json();
        out.span(date.span());
        json.writeStringField("text", date.text());
        json.writeStringField("kind", date.kind());
        if (date.value() != null) {
            json.writeStringField("value", date.value());
        }
        json.writeBooleanField("resolved", date.resolved());
        out.rule(date.rule());
    }

    @Override
    public void text(List<DateMention> dates, TextOutput out) throws IOException {
        for (DateMention date : dates) {
            out.line("date %6d-%-6d %s -> %s%s", date.start(), date.end(), TextOutput.visible(date.text()),
                    date.resolved() ? date.value() : "unresolved (no article date)", out.rule("rule", date.rule()));
        }
    }
}
