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
        return PIPELINE.process(text).get(NamedEntities.LAYER);
    }

    @Test
    void theSampleArticlesNamesAreFoundTypedAndLinked() throws IOException {
        NamedEntities found = PIPELINE.process(Path.of("../samples/seed-article.txt")).get(NamedEntities.LAYER);
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

    @Test
    void onlyANameTheGazetteerDoesNotKnowIsIdentifiedByItsName() {
        NamedEntities found = entities("Марко Трајковски и Путин се сретнаа.");
        Entity marko = found.entities().get(found.mentions().get(0).entityId());
        Entity putin = found.entities().get(found.mentions().get(1).entityId());
        assertThat(marko.identifiedByName()).isTrue();
        assertThat(marko.id()).isEqualTo(Entity.ofName(EntityType.PER, "Марко Трајковски"));
        assertThat(putin.id()).isEqualTo("per:putin");
        assertThat(putin.identifiedByName()).isFalse();
    }

    private static List<String> typed(String text) {
        return entities(text).mentions().stream().map(m -> m.text() + "/" + m.type()).toList();
    }

    @Test
    void aFirstNameStartsAPersonsNameAndSplitsItFromAPlaceBeforeIt() {
        // no title, no surname ending: the first name alone says it is a person
        assertThat(typed("Тоа го потврди и Благоја Мерџан на средбата.")).contains("Благоја Мерџан/PER");
        // an unknown place right before a full name is a name of its own
        assertThat(typed("Градоначалникот на Бревиште Горан Мерџан најави нов пазар."))
                .containsExactly("Бревиште/LOC", "Горан Мерџан/PER");
    }

    @Test
    void aSentenceInitialSurnameIsANameAndATitleIsNot() {
        assertThat(typed("Петровски рече дека ќе поднесе оставка.")).containsExactly("Петровски/PER");
        assertThat(typed("Јовановиќ изјави дека нема да се кандидира.")).containsExactly("Јовановиќ/PER");
        assertThat(typed("Фудбалерот Елиф Мерџан постигна гол.")).containsExactly("Елиф Мерџан/PER");
        // a common adjective at a sentence's start is not a name
        assertThat(typed("Македонските власти соопштија дека патот е отворен.")).isEmpty();
    }

    @Test
    void aLoneUnknownNameIsAPlaceUnlessItSpeaksOrNamesAPersonSeenBefore() {
        assertThat(typed("Туристите најмногу ја посетуваат Бревиште.")).containsExactly("Бревиште/LOC");
        assertThat(typed("На прес-конференцијата Мерцаде изјави дека нема да попушти.")).containsExactly("Мерцаде/PER");
        NamedEntities found = entities("Новинарот Петар Мерцаде ја доби наградата. Мерцаде ја посвети на колегите.");
        assertThat(found.mentions()).extracting(m -> m.text() + "/" + m.type()).containsExactly("Петар Мерцаде/PER", "Мерцаде/PER");
        assertThat(found.mentions().get(0).entityId()).isEqualTo(found.mentions().get(1).entityId());
    }

    @Test
    void theWordBeforeANameSaysWhatItNames() {
        // a newspaper named after the country is an organisation, not the country
        assertThat(typed("Новинарот од весникот Нова Македонија ја доби наградата.")).contains("Нова Македонија/ORG");
        // the descriptor before the club's name is not part of it
        assertThat(typed("Кошаркарскиот клуб Работнички го победи Пелистер.")).contains("Работнички/ORG")
                .noneMatch(m -> m.startsWith("Кошаркарскиот"));
        assertThat(typed("Тоа го објави Македонски Телеком во четврток.")).contains("Македонски Телеком/ORG");
        assertThat(typed("Советничката Ивана Мерџан побара седница.")).containsExactly("Ивана Мерџан/PER");
    }

    @Test
    void organisationsAndPlacesNamedWithTheirKindOfWord() {
        assertThat(typed("Професорката одржа предавање на Универзитетот Харвард.")).contains("Универзитетот Харвард/ORG");
        // at a sentence's start the kind of word is capitalised only there: it describes
        assertThat(typed("Компанијата Витаминка извезува во многу земји.")).contains("Витаминка/ORG")
                .noneMatch(m -> m.startsWith("Компанијата"));
        assertThat(typed("Фондацијата Отворено општество објави извештај.")).contains("Отворено општество/ORG");
        assertThat(typed("Премиерот беше примен во Елисејската палата.")).contains("Елисејската палата/LOC");
        assertThat(typed("Инспекторите на Државниот пазарен инспекторат затворија продавница."))
                .contains("Државниот пазарен инспекторат/ORG");
        // агенција на Јужна Кореја describes; the country is the name
        assertThat(typed("Разузнавачката агенција на Јужна Кореја процени дека …")).contains("Јужна Кореја/LOC");
    }

    @Test
    void playersAndFansBelongToAClubButAnEmployeeToAPerson() {
        assertThat(typed("Ракометарите на Алкалоид победија во финалето.")).contains("Алкалоид/ORG");
        NamedEntities found = entities("Ким Мерџан стигна вчера. Навечер вработен на Мерџан беше забележан пред хотелот.");
        assertThat(found.mentions()).extracting(m -> m.text() + "/" + m.type()).containsExactly("Ким Мерџан/PER", "Мерџан/PER");
    }

    @Test
    void anInstitutionsNameGoesOnThroughTheWordsThatSayWhich() {
        NamedEntities found = entities("Вчера Министерството за труд и социјална политика и Центарот за управување со кризи "
                + "соопштија, а според Државниот завод за ревизија Клиниката за детски болести соопшти.");
        assertThat(found.mentions()).extracting(m -> m.text() + "/" + m.type()).containsExactly(
                "Министерството за труд и социјална политика/ORG", "Центарот за управување со кризи/ORG",
                "Државниот завод за ревизија/ORG", "Клиниката за детски болести/ORG");
        assertThat(entities("Предава на Универзитетот Св. Климент Охридски.").mentions()).extracting(m -> m.text())
                .containsExactly("Универзитетот Св. Климент Охридски");
        // names joined by на go on; a name after the words that say which ends the institution's
        assertThat(entities("Советот за безбедност на ОН и Комитетот на Нации на Андите се состанаа.").mentions())
                .extracting(m -> m.text()).containsExactly("Советот за безбедност на ОН", "Комитетот на Нации на Андите");
    }

    @Test
    void anUnknownNameAfterAnOpponentWordIsAClub() {
        NamedEntities found = entities("Ракометарите ќе играат против Кристијансанд, а минатата недела го победија Бјеринген.");
        assertThat(found.mentions()).extracting(m -> m.text() + "/" + m.type())
                .containsExactly("Кристијансанд/ORG", "Бјеринген/ORG");
    }

    @Test
    void aTitleAtTheStartStaysOutAndAnOrganisationWordBeforeANameInMarksOnlyDescribes() {
        assertThat(entities("Папата Лав XIV служеше миса.").mentions()).extracting(m -> m.text() + "/" + m.type())
                .containsExactly("Лав XIV/PER");
        assertThat(entities("Британскиот весник „Индипендент“ и Кинеското Министерство за трговија реагираа.").mentions())
                .extracting(m -> m.text() + "/" + m.type())
                .containsExactly("Индипендент/ORG", "Кинеското Министерство за трговија/ORG");
    }

    @Test
    void aLoneNameBeforeAVerbPastItsShortPronounsIsAPerson() {
        assertThat(entities("По концертот, Франко му се заблагодари на публиката.").mentions())
                .extracting(m -> m.text() + "/" + m.type()).containsExactly("Франко/PER");
    }

    @Test
    void aWorksTitleIsNoNameATheatreKeepsItsCityAndARiverItsName() {
        assertThat(entities("Писателката Лидија Димковска е авторка на романот „Резервен живот“.").mentions())
                .extracting(m -> m.text() + "/" + m.type()).containsExactly("Лидија Димковска/PER", "Резервен живот/MISC");
        assertThat(entities("Народниот театар Штип ја отвора сезоната.").mentions())
                .extracting(m -> m.text() + "/" + m.type()).containsExactly("Народниот театар Штип/ORG");
        assertThat(entities("Реката Треска се излеа.").mentions())
                .extracting(m -> m.text() + "/" + m.type()).containsExactly("Треска/LOC");
    }

    @Test
    void anAdjectiveOpeningASentenceBeforeAFirstNameDescribesThePerson() {
        assertThat(entities("Малата Ивана го отвори подарокот.").mentions())
                .extracting(m -> m.text() + "/" + m.type()).containsExactly("Ивана/PER");
    }

    @Test
    void aPersonsNameAfterAnOrganisationsIsTheirOwn() {
        assertThat(entities("Порача лидерот на Движењето за Обнова Илир Хасани.").mentions())
                .extracting(m -> m.text() + "/" + m.type()).containsExactly("Движењето за Обнова/ORG", "Илир Хасани/PER");
    }
}
