package org.vesnik.core.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;

class LanguageIdentificationTest {

    private static final String MIXED = "Владата го усвои буџетот.\u00A0\n\n"
            + "Правителството одобри проектобюджета за следващата година.\n\n"
            + "Министерот изјави дека ќе има нови мерки.";

    @Test
    void eachParagraphHasItsLanguageAndOffsetsIntoTheOriginal() {
        Document doc = Pipeline.builder().build().process(MIXED);
        DocumentLanguage language = doc.get(DocumentLanguage.LAYER);
        assertThat(language.paragraphs()).extracting(p -> p.language().code()).containsExactly("mk", "bg", "mk");
        ParagraphLanguage bulgarian = language.paragraphs().get(1);
        assertThat(MIXED.substring(bulgarian.start(), bulgarian.end()))
                .isEqualTo("Правителството одобри проектобюджета за следващата година.");
        String clean = doc.get(CleanText.LAYER).text();
        assertThat(clean.substring(bulgarian.cleanStart(), bulgarian.cleanEnd()))
                .isEqualTo(MIXED.substring(bulgarian.start(), bulgarian.end()));
        assertThat(language.code()).isEqualTo("mk");
    }

    /** A stage that records the documents it was run on. */
    private static final class MacedonianOnlyStage implements Stage {
        final List<String> seen = new ArrayList<>();

        @Override
        public List<Layer<?>> needs() {
            return List.of(CleanText.LAYER);
        }

        @Override
        public List<Layer<?>> adds() {
            return List.of();
        }

        @Override
        public void annotate(Document document) {
            seen.add(document.original());
        }

        @Override
        public boolean macedonianOnly() {
            return true;
        }
    }

    @Test
    void macedonianOnlyStagesSkipOtherLanguagesUnlessForced() {
        MacedonianOnlyStage stage = new MacedonianOnlyStage();
        LanguageIdentifier identifier = new LanguageIdentifier();
        Pipeline guessing = Pipeline.builder()
                .stages(List.of(Cleaner.standard(), new LanguageIdentification(identifier, null), stage)).build();
        guessing.process("Правителството одобри проектобюджета за следващата година.");
        guessing.process("Владата го усвои буџетот.");
        assertThat(stage.seen).containsExactly("Владата го усвои буџетот.");

        Pipeline forced = Pipeline.builder()
                .stages(List.of(Cleaner.standard(), new LanguageIdentification(identifier, "mk"), stage)).build();
        Document doc = forced.process("Правителството одобри проектобюджета.");
        assertThat(stage.seen).hasSize(2);
        assertThat(doc.get(DocumentLanguage.LAYER).guess().code()).isEqualTo("bg");
        assertThat(doc.get(DocumentLanguage.LAYER).code()).isEqualTo("mk");
    }
}
