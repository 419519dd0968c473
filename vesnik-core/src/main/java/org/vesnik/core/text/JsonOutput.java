package org.vesnik.core.text;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * Where a layer writes its JSON: the document's JSON object being written, the document, and
 * helpers for the shapes every layer shares (a span's offsets, words with their entity).
 */
public final class JsonOutput {

    private final JsonGenerator json;
    private final Document document;
    private final List<Layer<?>> layers;
    private final boolean explain;

    /**
     * Writes {@code layers} of {@code document} (those chosen for output, in order) to {@code json};
     * with {@code explain}, each decision with the rule that made it.
     */
    public JsonOutput(JsonGenerator json, Document document, List<Layer<?>> layers, boolean explain) {
        this.json = json;
        this.document = document;
        this.layers = List.copyOf(layers);
        this.explain = explain;
    }

    /** Whether decisions are written with the rule that made them ({@code --explain}). */
    public boolean explain() {
        return explain;
    }

    /** {@code rule}: the name of the rule that decided, when explaining. */
    public void rule(String rule) throws IOException {
        if (explain && rule != null) {
            json.writeStringField("rule", rule);
        }
    }

    /** The JSON being written, positioned inside the object the layer writes its fields into. */
    public JsonGenerator json() {
        return json;
    }

    public Document document() {
        return document;
    }

    /** Writes every chosen layer's fields of the document. */
    public void layers() throws IOException {
        for (Layer<?> layer : layers) {
            write(layer);
        }
    }

    private <T> void write(Layer<T> layer) throws IOException {
        LayerFormat<T> format = layer.format().orElseThrow();
        format.json(document.get(layer), this);
    }

    /** Writes every chosen layer's fields of token {@code token}, as a token's JSON object is written. */
    public void tokenFields(int token) throws IOException {
        for (Layer<?> layer : layers) {
            tokenFields(layer, token);
        }
    }

    private <T> void tokenFields(Layer<T> layer, int token) throws IOException {
        layer.format().orElseThrow().tokenJson(document.get(layer), token, this);
    }

    /** Writes one object's fields, for {@link #objects}. */
    @FunctionalInterface
    public interface Fields<T> {
        void write(T item) throws IOException;
    }

    /** {@code name: [{…}, …]}: one object an item, its fields written by {@code fields}. */
    public <T> void objects(String name, Iterable<T> items, Fields<T> fields) throws IOException {
        json.writeArrayFieldStart(name);
        for (T item : items) {
            json.writeStartObject();
            fields.write(item);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code start, end, cleanStart, cleanEnd}. */
    public void span(Span span) throws IOException {
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        json.writeNumberField("cleanStart", span.cleanStart());
        json.writeNumberField("cleanEnd", span.cleanEnd());
    }

    /** The span's offsets, {@code text} and, when the words name an entity, {@code entity}. */
    public void words(TextSpan words) throws IOException {
        span(words.span());
        json.writeStringField("text", words.text());
        if (words.entity() != null) {
            json.writeStringField("entity", words.entity());
        }
    }

    /** {@code name: {start, end, cleanStart, cleanEnd, text, entity?}}, or {@code name: null}. */
    public void words(String name, TextSpan words) throws IOException {
        words(name, words, null);
    }

    /** The same, with the rule that found the words when explaining. */
    public void words(String name, TextSpan words, String rule) throws IOException {
        if (words == null) {
            json.writeNullField(name);
            return;
        }
        json.writeObjectFieldStart(name);
        words(words);
        rule(rule);
        json.writeEndObject();
    }
}
