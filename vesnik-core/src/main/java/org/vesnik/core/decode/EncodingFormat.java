package org.vesnik.core.decode;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.LayerFormat;

/** How the bytes were decoded, in JSON: {@code encoding} with its charset and mojibake repairs. */
final class EncodingFormat implements LayerFormat<DecodedText> {

    @Override
    public void json(DecodedText decoded, JsonOutput out) throws IOException {
        JsonGenerator json = out.json();
        json.writeObjectFieldStart("encoding");
        json.writeStringField("charset", decoded.charset());
        json.writeBooleanField("byteOrderMark", decoded.byteOrderMark());
        out.objects("mojibakeRepairs", decoded.mojibakeRepairs(), repair -> {
            json.writeNumberField("line", repair.line());
            json.writeStringField("misreadAs", repair.misreadAs());
        });
        json.writeEndObject();
    }
}
