package org.vesnik.core.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vesnik.core.pipeline.Pipeline;

class EntityRecognizerTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    private static NamedEntities entities(String text) {
        return PIPELINE.process(text).get(EntityRecognizer.ENTITIES);
    }

    @Test
    void theSampleArticlesNamesAreFoundTypedAndLinked() throws IOException {
        NamedEntities found = PIPELINE.process(Path.of("../samples/seed-article.txt")).get(EntityRecognizer.ENTITIES);
        Map<String, String> entityOf = found.mentions().stream()
                .collect(Collectors.toMap(EntityMention::text, EntityMention::entityId, (a, b) -> a));
        // full names, short names and both scripts meet in one entity each
        assertThat(entityOf.get("Ким Џонг Ун")).isEqualTo(entityOf.get("Ким"));
        assertThat(entityOf.get("Владимир Путин")).isEqualTo(entityOf.get("Путин"));
        assertThat(entityOf.get("Си Џинпинг")).isEqualTo(entityOf.get("Си"));
        assertThat(entityOf.get("КЦНА")).isEqualTo(entityOf.get("KCNA"));
        assertThat(found.mentions()).extracting(m -> m.text() + "/" + m.type())
                .contains("Ким Џонг Ун/PER", "Владимир Путин/PER", "КЦНА/ORG", "KCNA/ORG", "Северна Кореја/LOC",
                        "Јужна Кореја/LOC", "Пекинг/LOC", "Москва/LOC", "Родонг Синмун/ORG")
                .contains("Втората светска војна/MISC", "Студената војна/MISC")
                .doesNotContain("Другарот/PER");
        // titles stay outside the names, adjectives are references to their country
        assertThat(found.mentions()).noneMatch(m -> m.text().startsWith("претседател"));
        assertThat(found.references()).extracting(EntityReference::text).contains("руската", "кинескиот", "севернокорејски");
        Entity korea = found.entities().get(entityOf.get("Северна Кореја"));
        assertThat(korea.nameLatin()).isEqualTo("North Korea");
    }

    @Test
    void unknownNamesAreTypedByTheirContext() {
        List<String> found = entities("Министерот Петар Петровски и директорката на Народната банка се сретнаа "
                + "во Кичево со претставници на Стопанската комора и на Македонскиот сојуз.")
                .mentions().stream().map(m -> m.text() + "/" + m.type()).toList();
        assertThat(found).contains("Петар Петровски/PER", "Кичево/LOC", "Македонскиот сојуз/ORG");
    }

    @Test
    void anUnknownFullNameLinksItsShortForm() {
        NamedEntities found = entities("Градоначалникот Марко Трајковски изјави дека ќе поднесе оставка. Трајковски не даде детали.");
        assertThat(found.mentions()).hasSize(2);
        assertThat(found.mentions().get(0).entityId()).isEqualTo(found.mentions().get(1).entityId());
        assertThat(found.entities().get(found.mentions().get(0).entityId()).nameLatin()).isEqualTo("Marko Trajkovski");
    }
}
