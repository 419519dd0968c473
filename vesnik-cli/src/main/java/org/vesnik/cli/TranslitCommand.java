package org.vesnik.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.vesnik.core.translit.Cyrillizer;
import org.vesnik.core.translit.RomanizationSystem;
import org.vesnik.core.translit.Romanizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vesnik translit}: Macedonian Cyrillic to Latin letters and back. */
@Command(name = "translit",
        mixinStandardHelpOptions = true,
        description = {
            "Writes Macedonian Cyrillic in Latin letters, or with --reverse Latin in Cyrillic.",
            "With no TEXT, reads standard input (UTF-8) and writes one output line per input line."})
final class TranslitCommand implements Callable<Integer> {

    private static final String ANY_SYSTEM = "any";

    @ParentCommand
    private VesnikCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "Text to convert, joined by spaces.")
    private List<String> text = new ArrayList<>();

    @Option(names = {"-s", "--system"},
            description = "bgn2013 (the national system, default), bgn1981, iso9 or ascii;"
                    + " with --reverse also 'any' (default): every system and informal spellings such as Dzhong.")
    private String system;

    @Option(names = {"-r", "--reverse"}, description = "Latin to Cyrillic.")
    private boolean reverse;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        UnaryOperator<String> convert = converter();
        if (!text.isEmpty()) {
            terminal.out().write(convert.apply(String.join(" ", text)));
            terminal.out().write('\n');
            return ExitCodes.OK;
        }
        // bytes line by line, so a bad byte is reported on its own line, after the good ones
        BufferedInputStream in = new BufferedInputStream(terminal.in(), 1 << 16);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int lineNumber = 0;
        int b = in.read();
        while (b != -1) {
            line.reset();
            while (b != -1 && b != '\n') {
                line.write(b);
                b = in.read();
            }
            lineNumber++;
            String decoded;
            try {
                decoded = utf8.decode(ByteBuffer.wrap(line.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                terminal.error("<stdin>: line " + lineNumber + ": not valid UTF-8");
                return ExitCodes.BAD_DATA;
            }
            terminal.out().write(convert.apply(decoded.endsWith("\r") ? decoded.substring(0, decoded.length() - 1) : decoded));
            terminal.out().write('\n');
            if (b == '\n') {
                b = in.read();
            }
        }
        return ExitCodes.OK;
    }

    private UnaryOperator<String> converter() {
        try {
            if (reverse) {
                if (system == null || ANY_SYSTEM.equalsIgnoreCase(system)) {
                    return Cyrillizer.bestEffort()::cyrillize;
                }
                return Cyrillizer.of(RomanizationSystem.byId(system))::cyrillize;
            }
            return Romanizer.of(system == null ? RomanizationSystem.BGN_2013 : RomanizationSystem.byId(system))::romanize;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
