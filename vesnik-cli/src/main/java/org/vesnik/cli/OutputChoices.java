package org.vesnik.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.vesnik.core.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --explain} and {@code --layers} options of the commands that write annotations: what to write of them. */
final class OutputChoices {

    @Option(names = "--explain", description = "Say which rule decided each entity's type, each quotation's speaker and"
            + " source, each claim's qualifiers and source and each date's value: a 'rule' field in JSON, [rule: …] in text.")
    boolean explain;

    @Option(names = "--layers", split = ",", paramLabel = "LAYER",
            description = "Write only these, comma-separated (JSON and text): text, encoding, cleanText, language,"
                    + " quotationMarks, sentences, morphology, dates, entities, quotations, claims. Default: all.")
    List<String> layers;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /**
     * The names of the layers to write, checked against what {@code pipeline} writes.
     *
     * @throws CommandLine.ParameterException naming a layer the pipeline does not write
     */
    Predicate<String> chosen(Pipeline pipeline) {
        if (layers == null) {
            return name -> true;
        }
        List<String> known = pipeline.writableLayers();
        List<String> unknown = new ArrayList<>(layers);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw usageError("unknown layer " + String.join(", ", unknown)
                    + " for --layers: choose among " + String.join(", ", known));
        }
        return Set.copyOf(layers)::contains;
    }

    /** A usage error of the command these options belong to (exit code 64). */
    CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }
}
