package org.vesnik.core.text;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * How one layer appears in vesnik's output: its fields of the JSON document, its fields of each
 * token, and its lines of the text summary. A layer's key brings its format
 * ({@link Layer#written}), so the writers need not know the stages, and a new stage writes its
 * layer without touching them.
 *
 * @param <T> the type of the layer's value
 */
public interface LayerFormat<T> {

    /** Writes the layer's fields into the document's JSON object. */
    void json(T value, JsonOutput out) throws IOException;

    /** Writes the layer's fields into the JSON object of token {@code token}; none by default. */
    default void tokenJson(T value, int token, JsonOutput out) throws IOException {
    }

    /** Writes the layer's lines of the text summary; none by default. */
    default void text(T value, TextOutput out) throws IOException {
    }

    /**
     * The item the layer adds to each token's MISC column in CoNLL-U ({@code NER=B-PER}), by token
     * index; none by default.
     */
    default Optional<List<String>> conlluMisc(T value, Document document) {
        return Optional.empty();
    }
}
