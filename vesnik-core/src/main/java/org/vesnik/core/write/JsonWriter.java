package org.vesnik.core.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Predicate;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.Layer;

/**
 * The annotation as JSON, documented in {@code docs/annotation-format.md}: one object a
 * document, on one line unless pretty-printed (so several documents make JSON Lines). The
 * schema's version and the document's source and text come first, then each layer's fields,
 * written by the layer's own format in the order the stages added them.
 */
public final class JsonWriter implements DocumentWriter {

    /** The version of the JSON schema {@code docs/annotation-format.md} describes; it changes when a field changes meaning. */
    public static final int SCHEMA_VERSION = 1;

    /** The name by which {@code --layers} chooses the original text. */
    public static final String TEXT = "text";

    private final JsonFactory factory = JsonFactory.builder().build();
    private final boolean pretty;
    private final boolean explain;
    private final Predicate<String> chosen;

    /**
     * JSON, indented when {@code pretty}; with {@code explain}, each decision with the rule that
     * made it; of the document's text ({@code "text"}) and layers, those whose names {@code chosen} accepts.
     */
    public JsonWriter(boolean pretty, boolean explain, Predicate<String> chosen) {
        this.pretty = pretty;
        this.explain = explain;
        this.chosen = chosen;
    }

    /** JSON of the text and every layer. */
    public JsonWriter(boolean pretty) {
        this(pretty, false, name -> true);
    }

    @Override
    public void write(Document document, int ordinal, boolean ofMany, Writer out) throws IOException {
        JsonGenerator json = factory.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty && !ofMany) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        if (document.source().isPresent()) {
            json.writeStringField("source", document.source().get());
        }
        if (chosen.test(TEXT)) {
            json.writeStringField(TEXT, document.original());
        }
        new JsonOutput(json, document, writtenLayers(document), explain).layers();
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private List<Layer<?>> writtenLayers(Document document) {
        return document.layers().stream().filter(layer -> layer.format().isPresent() && chosen.test(layer.name())).toList();
    }
}
