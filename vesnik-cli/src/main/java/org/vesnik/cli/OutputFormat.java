package org.vesnik.cli;

import java.util.function.Predicate;
import org.vesnik.core.write.ConlluWriter;
import org.vesnik.core.write.DocumentWriter;
import org.vesnik.core.write.JsonWriter;
import org.vesnik.core.write.TextWriter;

/** The output formats of {@code vesnik annotate}. */
enum OutputFormat {
    json, conllu, text;

    DocumentWriter writer(boolean pretty, boolean explain, Predicate<String> layers) {
        switch (this) {
            case conllu:
                return new ConlluWriter();
            case text:
                return new TextWriter(explain, layers);
            default:
                return new JsonWriter(pretty, explain, layers);
        }
    }
}
