package org.vesnik.core.quotes;

import java.util.List;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.TextSpan;

/** The quotations layer: direct quotations, titles in quotation marks, and indirect statements. */
public record Quotations(List<Quotation> quotations, List<TextSpan> titles, List<Statement> statements) {

    /** No quotations: the layer of a document the stage skipped. */
    public static final Quotations NONE = new Quotations(List.of(), List.of(), List.of());

    public static final Layer<Quotations> LAYER = Layer.written("quotations", new QuotationsFormat(), NONE);

    public Quotations {
        quotations = List.copyOf(quotations);
        titles = List.copyOf(titles);
        statements = List.copyOf(statements);
    }
}
