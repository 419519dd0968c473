package org.vesnik.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vesnik.core.decode.BadInputException;
import org.vesnik.core.decode.TextDecoder;
import org.vesnik.core.langid.LanguageGuess;
import org.vesnik.core.langid.LanguageIdentifier;
import org.vesnik.core.pipeline.BoundedInput;
import org.vesnik.core.pipeline.MissingInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vesnik langid}: the language of a text, or of each of its lines. */
@Command(name = "langid",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the language of the input as 'code<TAB>confidence' (ISO 639-1: mk, bg, sr, ru, uk,",
            "sq, tr, en, hr, bs, el; 'und' without letters), or with --lines one such line per input line."})
final class LangidCommand implements Callable<Integer> {

    @ParentCommand
    private VesnikCommand parent;

    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "-",
            description = "The text to identify; '-' or none reads standard input.")
    private String file;

    @Option(names = "--lines", description = "One answer per input line.")
    private boolean lines;

    @Mixin
    private InputLimit limit;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        String text;
        try {
            byte[] bytes = "-".equals(file)
                    ? BoundedInput.read(terminal.in(), "<stdin>", limit.maxBytes)
                    : BoundedInput.read(Path.of(file), limit.maxBytes);
            text = new TextDecoder().decode(bytes, "-".equals(file) ? "<stdin>" : file).text();
        } catch (BadInputException e) {
            terminal.error(e.getMessage());
            return ExitCodes.BAD_DATA;
        } catch (MissingInputException e) {
            terminal.error(e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        LanguageIdentifier identifier = new LanguageIdentifier();
        if (lines) {
            for (String line : (Iterable<String>) text.lines()::iterator) {
                write(terminal, identifier.identify(line));
            }
        } else {
            write(terminal, identifier.identify(text));
        }
        return ExitCodes.OK;
    }

    private static void write(Terminal terminal, LanguageGuess guess) throws IOException {
        terminal.out().write(String.format(Locale.ROOT, "%s\t%.3f\n", guess.code(), guess.confidence()));
    }
}
