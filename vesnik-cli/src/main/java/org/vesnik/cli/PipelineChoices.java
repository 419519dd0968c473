package org.vesnik.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.lucene.hunspell.HunspellLexicon;
import picocli.CommandLine.Option;

/** The {@code --lang}, {@code --hunspell} and {@code --date} options: how the pipeline reads the texts. */
final class PipelineChoices {

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Take every input to be in this language (e.g. mk), so Macedonian-only stages"
                    + " run even on text identified as another language.")
    String language;

    @Option(names = "--hunspell", paramLabel = "DIR",
            description = "A Macedonian Hunspell dictionary (mk_MK.aff and mk_MK.dic) to use as an extra lexicon"
                    + " for lemmas, e.g. LibreOffice's or the dictionary-mk package.")
    Path hunspell;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date the texts were written, to resolve relative dates (yesterday, on Wednesday,"
                    + " last year) against; without it they are reported unresolved.")
    LocalDate articleDate;

    /**
     * A pipeline builder with these choices.
     *
     * @throws IOException when the Hunspell dictionary cannot be read
     */
    Pipeline.Builder builder() throws IOException {
        Pipeline.Builder builder = Pipeline.builder().language(language).articleDate(articleDate);
        if (hunspell != null) {
            builder.extraLexicon(HunspellLexicon.load(hunspell));
        }
        return builder;
    }
}
