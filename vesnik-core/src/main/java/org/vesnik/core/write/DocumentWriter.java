package org.vesnik.core.write;

import java.io.IOException;
import java.io.Writer;
import org.vesnik.core.text.Document;

/** Writes annotated documents in one output format, one after another on one stream. */
public interface DocumentWriter {

    /**
     * Writes {@code document}, the {@code ordinal}-th (from 1) of the stream; {@code ofMany} says
     * whether the stream holds several documents, which some formats mark.
     */
    void write(Document document, int ordinal, boolean ofMany, Writer out) throws IOException;
}
