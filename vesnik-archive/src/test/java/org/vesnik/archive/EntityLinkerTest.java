package org.vesnik.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityType;

class EntityLinkerTest {

    private static final Entity MARKO = new Entity("per:марко-трајковски", "Марко Трајковски", "Marko Trajkovski", EntityType.PER);
    private static final Entity ZORAN = new Entity("per:зоран-трајковски", "Зоран Трајковски", "Zoran Trajkovski", EntityType.PER);
    private static final Entity LONE = new Entity("per:трајковски", "Трајковски", "Trajkovski", EntityType.PER);

    private static ArticleFacts naming(Entity entity, String words) {
        Span span = new Span(0, words.length(), 0, words.length(), words);
        return new ArticleFacts("mk", 1, List.of(new Mention(span, entity.type(), entity.id())), List.of(), List.of(entity),
                List.of(new Quote(new Span(20, 30, 20, 30, "нема војна"), Optional.of(span), Optional.of(entity.id()),
                        Optional.empty(), Optional.empty(), Optional.empty(), false)), List.of(), List.of());
    }

    private static EntityLinker.KnownPeople knowing(Entity... people) {
        return (surname, limit) -> java.util.Arrays.stream(people)
                .filter(p -> EntityLinker.surnameKey(p).filter(surname::equals).isPresent()).limit(limit).toList();
    }

    @Test
    void aLoneSurnameLinksToTheOnePersonOfThatName() {
        ArticleFacts linked = new EntityLinker().link(naming(LONE, "Трајковски"), knowing(MARKO));
        assertThat(linked.mentionedIds()).containsExactly(MARKO.id());
        assertThat(linked.speakerIds()).containsExactly(MARKO.id());
        assertThat(linked.entities()).containsExactly(MARKO);
    }

    @Test
    void aLoneSurnameStaysAloneWhenTwoPeopleHaveIt() {
        ArticleFacts facts = naming(LONE, "Трајковски");
        assertThat(new EntityLinker().link(facts, knowing(MARKO, ZORAN))).isEqualTo(facts);
    }

    @Test
    void aLoneSurnameStaysAloneWhenNobodyHasIt() {
        ArticleFacts facts = naming(LONE, "Трајковски");
        assertThat(new EntityLinker().link(facts, knowing())).isEqualTo(facts);
    }

    @Test
    void aSurnameInLatinLettersLinksToTheCyrillicName() {
        Entity latin = new Entity("per:трајковски", "Trajkovski", "Trajkovski", EntityType.PER);
        assertThat(new EntityLinker().link(naming(latin, "Trajkovski"), knowing(MARKO)).mentionedIds())
                .containsExactly(MARKO.id());
    }

    @Test
    void aFullNameOrAKnownIdIsNotRelinked() {
        Entity putin = new Entity("per:putin", "Путин", "Putin", EntityType.PER);
        EntityLinker.KnownPeople everyone = (surname, limit) -> List.of(MARKO);
        assertThat(new EntityLinker().link(naming(putin, "Путин"), everyone).mentionedIds()).containsExactly("per:putin");
        assertThat(new EntityLinker().link(naming(ZORAN, "Зоран Трајковски"), everyone).mentionedIds()).containsExactly(ZORAN.id());
        Entity place = new Entity("loc:трајковски", "Трајковски", "Trajkovski", EntityType.LOC);
        assertThat(new EntityLinker().link(naming(place, "Трајковски"), everyone).mentionedIds()).containsExactly(place.id());
    }

    @Test
    void theSurnameKeyIsTheLastNameFoldedInEitherScript() {
        assertThat(EntityLinker.surnameKey(MARKO)).contains("трајковски");
        assertThat(EntityLinker.surnameKey(new Entity("x", "Marko Trajkovski", "Marko Trajkovski", EntityType.PER)))
                .contains("трајковски");
        assertThat(EntityLinker.surnameKey(LONE)).isEmpty();
        assertThat(EntityLinker.surnameKey(new Entity("y", "Народна банка", "Narodna banka", EntityType.ORG))).isEmpty();
    }
}
