package org.vesnik.core.text;

import java.util.Objects;

/**
 * The typed key of one annotation layer of a {@link Document}. Each stage declares the layers it
 * adds as constants, so that readers of a layer find its producer by following the reference.
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
