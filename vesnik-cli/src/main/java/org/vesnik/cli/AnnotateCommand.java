package org.vesnik.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vesnik.core.decode.BadInputException;
import org.vesnik.core.langid.DocumentLanguage;
import org.vesnik.core.langid.LanguageGuess;
import org.vesnik.core.pipeline.MissingInputException;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;
import org.vesnik.core.write.DocumentWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vesnik annotate}: cleanup, sentences and tokens for files or standard input. */
@Command(name = "annotate",
        mixinStandardHelpOptions = true,
        description = {
            "Annotates texts: decoding, cleanup, sentences, tokens.",
            "Several files give JSON Lines (json) or one CoNLL-U stream with '# newdoc id' (conllu);",
            "a bad file is reported on stderr, the others are still written, and the exit code is non-zero."})
final class AnnotateCommand implements Callable<Integer> {

    @ParentCommand
    private VesnikCommand parent;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Files to annotate; '-' or none reads standard input.")
    private List<String> files = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--pretty", description = "Indent JSON (one document only).")
    private boolean pretty;

    @Mixin
    private OutputChoices choices;

    @Mixin
    private InputLimit limit;

    @Mixin
    private PipelineChoices pipelineChoices;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        Pipeline pipeline;
        try {
            pipeline = pipelineChoices.builder().maxInputBytes(limit.maxBytes).build();
        } catch (IOException e) {
            terminal.error("cannot use the Hunspell dictionary: " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        if (choices.layers != null && format == OutputFormat.conllu) {
            throw choices.usageError("--layers chooses what JSON and text write; CoNLL-U has its fixed columns");
        }
        DocumentWriter writer = format.writer(pretty, choices.explain, choices.chosen(pipeline));
        List<String> inputs = files.isEmpty() ? List.of("-") : files;
        boolean many = inputs.size() > 1;
        int exitCode = ExitCodes.OK;
        int ordinal = 0;
        for (String input : inputs) {
            ordinal++;
            try {
                Document document = "-".equals(input)
                        ? pipeline.process(terminal.in(), "<stdin>")
                        : pipeline.process(Path.of(input));
                reportForeignLanguage(document, input, terminal);
                writer.write(document, ordinal, many, terminal.out());
            } catch (BadInputException e) {
                terminal.error(e.getMessage());
                exitCode = ExitCodes.firstFailure(exitCode, ExitCodes.BAD_DATA);
            } catch (MissingInputException e) {
                terminal.error(e.getMessage());
                exitCode = ExitCodes.firstFailure(exitCode, ExitCodes.NO_INPUT);
            }
        }
        terminal.out().flush();
        return exitCode;
    }

    /** Says on stderr when a text is not Macedonian, as Macedonian-only stages then skip it. */
    private static void reportForeignLanguage(Document document, String input, Terminal terminal) {
        if (!document.has(DocumentLanguage.LAYER)) {
            return;
        }
        DocumentLanguage language = document.get(DocumentLanguage.LAYER);
        LanguageGuess guess = language.guess();
        if (language.forced() == null && !guess.isMacedonian() && !LanguageGuess.UNDETERMINED.equals(guess.code())) {
            terminal.error(String.format(Locale.ROOT, "%s: language %s (confidence %.2f), not Macedonian:"
                    + " Macedonian-only stages are skipped (--lang mk runs them)",
                    "-".equals(input) ? "<stdin>" : input, guess.code(), guess.confidence()));
        }
    }
}
