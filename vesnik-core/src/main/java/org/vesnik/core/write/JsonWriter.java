package org.vesnik.core.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.Layer;

/**
 * The annotation as JSON, documented in {@code docs/annotation-format.md}: one object a
 * document, on one line unless pretty-printed (so several documents make JSON Lines). The
 * document's source and text come first, then each layer's fields, written by the layer's own
 * format in the order the stages added them.
 */
public final class JsonWriter implements DocumentWriter {

    private final JsonFactory factory = JsonFactory.builder().build();
    private final boolean pretty;
    private final boolean explain;

    /** JSON, indented when {@code pretty}; with {@code explain}, each decision with the rule that made it. */
    public JsonWriter(boolean pretty, boolean explain) {
        this.pretty = pretty;
        this.explain = explain;
    }

    public JsonWriter(boolean pretty) {
        this(pretty, false);
    }

    @Override
    public void write(Document document, int ordinal, boolean ofMany, Writer out) throws IOException {
        JsonGenerator json = factory.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty && !ofMany) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        json.writeStartObject();
        if (document.source().isPresent()) {
            json.writeStringField("source", document.source().get());
        }
        json.writeStringField("text", document.original());
        new JsonOutput(json, document, writtenLayers(document), explain).layers();
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private static List<Layer<?>> writtenLayers(Document document) {
        return document.layers().stream().filter(layer -> layer.format().isPresent()).toList();
    }
}
