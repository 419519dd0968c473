package org.vesnik.core.text;

import java.util.Objects;
import java.util.Optional;

/**
 * The typed key of one annotation layer of a {@link Document}. The key of a layer is a constant
 * of its value's type ({@code NamedEntities.LAYER}), so a stage that reads a layer knows its value
 * type, not the stage that adds it; stages list the keys they need and add. A layer that appears
 * in vesnik's output brings its {@link LayerFormat}.
 *
 * @param <T> the type of the layer's value
 */
public final class Layer<T> {

    private final String name;
    private final LayerFormat<T> format;
    private final T empty;

    private Layer(String name, LayerFormat<T> format, T empty) {
        this.name = Objects.requireNonNull(name);
        this.format = format;
        this.empty = empty;
    }

    /** A layer the output formats do not write: a view of other layers, or an input such as the article's date. */
    public static <T> Layer<T> named(String name) {
        return new Layer<>(name, null, null);
    }

    /** A layer the output formats write with {@code format}. */
    public static <T> Layer<T> written(String name, LayerFormat<T> format) {
        return new Layer<>(name, Objects.requireNonNull(format, "format"), null);
    }

    /**
     * A layer the output formats write with {@code format}, and that a document still has, as
     * {@code empty}, when its stage is skipped (a Bulgarian text has no entities: {@code "entities": []}).
     */
    public static <T> Layer<T> written(String name, LayerFormat<T> format, T empty) {
        return new Layer<>(name, Objects.requireNonNull(format, "format"), Objects.requireNonNull(empty, "empty"));
    }

    public String name() {
        return name;
    }

    /** How the layer is written, unless it is not. */
    public Optional<LayerFormat<T>> format() {
        return Optional.ofNullable(format);
    }

    /** The layer's value when its stage is skipped, for a layer that has one. */
    public Optional<T> empty() {
        return Optional.ofNullable(empty);
    }

    @Override
    public String toString() {
        return name;
    }
}
