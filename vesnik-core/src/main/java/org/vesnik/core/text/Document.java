package org.vesnik.core.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A text under annotation: the original text, never modified, plus the layers stages add.
 * A layer is added once and never replaced, so a stage can rely on what earlier stages wrote.
 * A document is filled by one thread; once the pipeline returns it, it is only read.
 */
public final class Document {

    private final String original;
    private final String source;
    private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();

    public Document(String original, String source) {
        this.original = Objects.requireNonNull(original, "original");
        this.source = source;
    }

    public Document(String original) {
        this(original, null);
    }

    /** The text exactly as received (after decoding); every offset refers to it. */
    public String original() {
        return original;
    }

    /** The original words of {@code span}. */
    public String text(Span span) {
        return original.substring(span.start(), span.end());
    }

    /** Whether whitespace, or the end of the text, follows {@code span} in the original. */
    public boolean spaceAfter(Span span) {
        int end = span.end();
        return end >= original.length() || Character.isWhitespace(original.charAt(end))
                || Character.isSpaceChar(original.charAt(end));
    }

    /** The layers added so far, in the order they were added. */
    public List<Layer<?>> layers() {
        return List.copyOf(layers.keySet());
    }

    /** Where the text came from (a path, a URL), when known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    public <T> void add(Layer<T> layer, T value) {
        Objects.requireNonNull(value, "value");
        if (layers.putIfAbsent(layer, value) != null) {
            throw new IllegalStateException("layer '" + layer + "' was already added");
        }
    }

    /**
     * A layer that is a view of others (computed from them, never edited): computed by
     * {@code compute} on first use and kept, so stages that read it share one copy.
     */
    public <T> T derive(Layer<T> layer, Function<Document, T> compute) {
        Optional<T> known = find(layer);
        if (known.isPresent()) {
            return known.get();
        }
        T value = compute.apply(this);
        add(layer, value);
        return value;
    }

    public <T> Optional<T> find(Layer<T> layer) {
        @SuppressWarnings("unchecked")
        T value = (T) layers.get(layer);
        return Optional.ofNullable(value);
    }

    /** The layer's value; fails when no stage has added it, which is a pipeline wiring error. */
    public <T> T get(Layer<T> layer) {
        return find(layer).orElseThrow(() ->
                new IllegalStateException("layer '" + layer + "' is missing: add the stage that produces it"));
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }
}
