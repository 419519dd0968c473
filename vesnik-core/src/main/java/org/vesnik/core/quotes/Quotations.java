package org.vesnik.core.quotes;

import java.util.List;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.TextSpan;

/** The quotations layer: direct quotations, titles in quotation marks, and indirect statements. */
public record Quotations(List<Quotation> quotations, List<TextSpan> titles, List<Statement> statements) {

    public static final Layer<Quotations> LAYER = Layer.written("quotations", new QuotationsFormat());

    public Quotations {
        quotations = List.copyOf(quotations);
        titles = List.copyOf(titles);
        statements = List.copyOf(statements);
    }
}
