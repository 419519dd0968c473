package org.vesnik.core.text;

import java.util.Objects;

/**
 * The typed key of one annotation layer of a {@link Document}. The key of a layer is a constant
 * of its value's type ({@code NamedEntities.LAYER}), so a stage that reads a layer knows its value
 * type, not the stage that adds it; stages list the keys they need and add.
 *
 * @param <T> the type of the layer's value
 */
public final class Layer<T> {

    private final String name;

    private Layer(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public static <T> Layer<T> named(String name) {
        return new Layer<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
