package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityType;

class RegistryEntryTest {

    private static final Entity CYRILLIC = new Entity("per:марко-трајковски", "Марко Трајковски", "Marko Trajkovski", EntityType.PER);
    private static final Entity LATIN = new Entity("per:марко-трајковски", "Marko Trajkovski", "Marko Trajkovski", EntityType.PER);

    private static RegistryEntry seen(Entity entity, String alias, String day) {
        return RegistryEntry.seen(entity, List.of(alias), Optional.ofNullable(day).map(LocalDate::parse));
    }

    @Test
    void aNameSeenOnlyInLatinHasACyrillicForm() {
        RegistryEntry entry = seen(LATIN, "Marko Trajkovski", "2025-09-03");
        assertThat(entry.name()).isEqualTo("Марко Трајковски");
        assertThat(entry.nameLatin()).isEqualTo("Marko Trajkovski");
        assertThat(entry.nativeName()).isFalse();
    }

    @Test
    void aNameWrittenInCyrillicWinsOverOneTransliterated() {
        RegistryEntry merged = seen(LATIN, "Marko Trajkovski", "2025-09-03").merge(seen(CYRILLIC, "Трајковски", "2025-09-01"));
        assertThat(merged.name()).isEqualTo("Марко Трајковски");
        assertThat(merged.nativeName()).isTrue();
        assertThat(merged.aliases()).containsExactly("Marko Trajkovski", "Трајковски");
        assertThat(merged.firstSeen()).contains(LocalDate.parse("2025-09-01"));
        assertThat(merged.lastSeen()).contains(LocalDate.parse("2025-09-03"));
    }

    @Test
    void anArticleWithoutADateLeavesTheDatesAlone() {
        RegistryEntry merged = seen(CYRILLIC, "Трајковски", null).merge(seen(CYRILLIC, "Трајковски", "2025-09-02"))
                .merge(seen(CYRILLIC, "Трајковски", null));
        assertThat(merged.firstSeen()).contains(LocalDate.parse("2025-09-02"));
        assertThat(merged.lastSeen()).contains(LocalDate.parse("2025-09-02"));
    }

    @Test
    void aliasesStopAtTheirLimit() {
        RegistryEntry entry = seen(CYRILLIC, "alias 0", null);
        for (int i = 1; i < 100; i++) {
            entry = entry.merge(seen(CYRILLIC, "alias " + i, null));
        }
        assertThat(entry.aliases()).hasSize(RegistryEntry.MAX_ALIASES).startsWith("alias 0", "alias 1");
    }

    /** Batches cut the same sequence of articles in other places: the registry must end the same. */
    @Test
    void mergingGivesTheSameEntryHoweverTheSequenceIsBatched() {
        Random random = new Random(20250903);
        String[] days = {null, "2025-09-01", "2025-09-02", "2025-09-03", "2024-12-31"};
        for (int run = 0; run < 200; run++) {
            List<RegistryEntry> sequence = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sequence.add(seen(random.nextBoolean() ? CYRILLIC : LATIN, "alias " + random.nextInt(50),
                        days[random.nextInt(days.length)]));
            }
            RegistryEntry oneByOne = sequence.get(0);
            for (RegistryEntry next : sequence.subList(1, n)) {
                oneByOne = oneByOne.merge(next);
            }
            RegistryEntry batched = null;
            int at = 0;
            while (at < n) {
                int end = Math.min(n, at + 1 + random.nextInt(7));
                RegistryEntry batch = sequence.get(at);
                for (RegistryEntry next : sequence.subList(at + 1, end)) {
                    batch = batch.merge(next);
                }
                batched = batched == null ? batch : batched.merge(batch);
                at = end;
            }
            assertThat(batched).isEqualTo(oneByOne);
        }
    }

    @Test
    void anEntryReadsBackFromItsDocument() {
        RegistryEntry entry = seen(LATIN, "Marko Trajkovski", "2025-09-03").merge(seen(CYRILLIC, "Трајковски", null));
        Document stored = new Document();
        // what a stored document gives back: the stored fields only
        entry.document().getFields().stream().filter(f -> f.fieldType().stored()).forEach(stored::add);
        assertThat(RegistryEntry.of(stored)).isEqualTo(entry);
    }
}
