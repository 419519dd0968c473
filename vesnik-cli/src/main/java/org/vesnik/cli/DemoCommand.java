package org.vesnik.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;
import org.vesnik.core.write.TextWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code vesnik demo}: annotates the bundled sample article and prints a readable summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Annotates the bundled sample article (samples/seed-article.txt) and prints the result.")
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE = "seed-article.txt";

    @Mixin
    private OutputChoices choices;

    @ParentCommand
    private VesnikCommand parent;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        Pipeline pipeline = Pipeline.builder().build();
        Predicate<String> layers = choices.chosen(pipeline);
        Document document = pipeline.process(sample(), "samples/" + SAMPLE);
        terminal.out().write("vesnik demo: the sample article, cleaned, split into sentences and tokens, with its"
                + " dates, quotations and speakers, and numeric claims ('./vesnik annotate' gives all of it as JSON).\n");
        new TextWriter(choices.explain, layers).write(document, 1, false, terminal.out());
        terminal.out().write("\nMore: ./vesnik annotate --format json|conllu|text samples/" + SAMPLE + "\n");
        return ExitCodes.OK;
    }

    static byte[] sample() {
        try (InputStream in = DemoCommand.class.getResourceAsStream("samples/" + SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the sample article is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
