package org.vesnik.cli;

import org.vesnik.core.write.ConlluWriter;
import org.vesnik.core.write.DocumentWriter;
import org.vesnik.core.write.JsonWriter;
import org.vesnik.core.write.TextWriter;

/** The output formats of {@code vesnik annotate}. */
enum OutputFormat {
    json, conllu, text;

    DocumentWriter writer(boolean pretty) {
        switch (this) {
            case conllu:
                return new ConlluWriter();
            case text:
                return new TextWriter();
            default:
                return new JsonWriter(pretty);
        }
    }
}
