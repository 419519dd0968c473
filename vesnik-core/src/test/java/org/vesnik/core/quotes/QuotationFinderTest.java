package org.vesnik.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import org.vesnik.core.text.TextSpan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vesnik.core.pipeline.Pipeline;

class QuotationFinderTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    private static Quotations quotations(String text) {
        return PIPELINE.process(text).get(Quotations.LAYER);
    }

    private static Quotation quote(Quotations found, String words) {
        return found.quotations().stream().filter(q -> q.quote().text().equals(words)).findFirst().orElseThrow();
    }

    /** The expectations for the sample article. */
    @Test
    void theSampleArticlesQuotationsHaveTheirSpeakers() throws IOException {
        Quotations found = PIPELINE.process(Path.of("../samples/seed-article.txt")).get(Quotations.LAYER);
        assertThat(quote(found, "целосно ќе ја поддржи").speaker().entity()).isEqualTo("per:kim-jong-un");
        assertThat(quote(found, "братска должност").speaker().entity()).isEqualTo("per:kim-jong-un");
        assertThat(quote(found, "специјални").speaker().entity()).isEqualTo("per:putin");
        Quotation statement = found.quotations().stream()
                .filter(q -> q.quote().text().startsWith("Другарот")).findFirst().orElseThrow();
        assertThat(statement.speaker().entity()).isEqualTo("org:kcna");
        Quotation relations = quote(found, "посебни односи на доверба, пријателство и сојуз");
        assertThat(relations.speaker().entity()).isEqualTo("per:putin");
        assertThat(relations.source().entity()).isEqualTo("org:kcna");
        Quotation praised = quote(found, "високо ги пофали");
        assertThat(praised.speaker().entity()).isEqualTo("org:kcna");
        assertThat(praised.about().entity()).isEqualTo("per:putin");
        Quotation will = quote(found, "цврста волја");
        assertThat(will.speaker().entity()).isEqualTo("org:kcna");
        assertThat(will.cue().text()).isEqualTo("според");
        assertThat(will.about().text()).isEqualTo("Ким и Путин");
        // the newspaper's name is a title, not a quotation
        assertThat(found.titles()).extracting(TextSpan::text).containsExactly("Родонг Синмун");
        assertThat(found.quotations()).noneMatch(q -> q.quote().text().equals("Родонг Синмун"));
        assertThat(found.quotations()).hasSize(7);
    }

    @Test
    void fictionDialogueNamesItsSpeakerAfterTheQuote() {
        Quotations found = quotations("„Не знам што сакаш да кажеш“, рече Винстон. „Ќе видиш“, одговори О’Брајен.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text()).containsExactly("Винстон", "О’Брајен");
        assertThat(found.quotations()).extracting(q -> q.cue().text()).containsExactly("рече", "одговори");
        Quotations shouted = quotations("„Каде е Борис?“ викна Весна од кујната. „Тука сум“, прошепоти тој.");
        assertThat(shouted.quotations()).extracting(q -> q.cue().text()).containsExactly("викна", "прошепоти");
        assertThat(shouted.quotations().get(0).speaker().text()).isEqualTo("Весна");
    }

    @Test
    void aSpeakerNamedBeforeTheQuoteAndCarriedOver() {
        Quotations found = quotations("Министерката Ана Петровска изјави: „Буџетот е стабилен.“ „Нема да има нови даноци“.");
        List<Quotation> quotes = found.quotations();
        assertThat(quotes.get(0).speaker().text()).isEqualTo("Ана Петровска");
        assertThat(quotes.get(0).attribution()).isEqualTo("sentence");
        assertThat(quotes.get(1).speaker().text()).isEqualTo("Ана Петровска");
        assertThat(quotes.get(1).attribution()).isEqualTo("context");
    }

    @Test
    void theSpeakerAfterTheVerbIsThePersonNotWhatTheyHeadOrPlayFor() {
        Quotations found = quotations("„Нема поскапување оваа зима“, рече директорот на ЕВН Марјан Стојановски. "
                + "„Ќе се бориме до крај“, порачаа ракометарите на Вардар пред финалето. "
                + "„Ја сакам оваа земја“ — рече тивко мајка ѝ.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("Марјан Стојановски", "ракометарите на Вардар", "мајка ѝ");
    }

    @Test
    void theSpeakerMayStandBeforeTheVerbOrBehindAPhraseOrAPronoun() {
        Quotations found = quotations("„Парите се потрошени“, Петковски рече на седницата. "
                + "„Војната мора да престане“, изјави генералниот секретар на ОН Антонио Гутереш. "
                + "„Ова е победа за сите“, изјави по натпреварот капитенот на Вардар Стефан Ристов. "
                + "„Рано е за тоа“, изјави генералниот секретар на партијата.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("Петковски", "Антонио Гутереш", "Стефан Ристов", "генералниот секретар");
        // a name after a preposition is not the speaker; nor is one that only says where he wrote
        Quotations wrote = quotations("Премиерот Христијан Мицкоски на седницата на Владата рече: „Нема одложување.“ "
                + "„Ова е срамота“, напиша на Фејсбук поранешниот премиер Зоран Заев.");
        assertThat(wrote.quotations()).extracting(q -> q.speaker().text()).containsExactly("Христијан Мицкоски", "Зоран Заев");
    }

    @Test
    void speakersAfterOdACommaOrAPostposedConfirmation() {
        Quotations found = quotations("„Немаме информации за повредени“, соопштија од Центарот за управување со кризи. "
                + "„Не е време за поделби“, порача поглаварот на црквата, архиепископот Стефан. "
                + "„Преговорите се во завршна фаза“, потврди портпаролката на Владата Марија Петрушевска. "
                + "„Чекам веќе два часа“, се пожали една пациентка пред болницата.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text()).containsExactly(
                "Центарот за управување со кризи", "Стефан", "Марија Петрушевска", "една пациентка");
        Quotations more = quotations("„Патот е отворен“, соопштија од Министерството за внатрешни работи. "
                + "„Не знаевме дека мостот е оштетен“, изјави за медиумите еден од возачите. "
                + "„Не сум виновен“, изјави обвинетиот пред судот.");
        assertThat(more.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("Министерството за внатрешни работи", "еден од возачите", "обвинетиот");
        // before a quotation, потврди takes it as its object, not as a speech verb's words: with no
        // source named, they are still the subject's, with потврди as the cue
        Quotations object = quotations("Путин ја потврди „цврстата волја“ на двете земји.");
        assertThat(object.quotations().get(0).speaker().text()).isEqualTo("Путин");
        assertThat(object.quotations().get(0).cue().text()).isEqualTo("потврди");
    }

    @Test
    void aDashBeforeALowerCaseVerbKeepsTheDialogueInOneSentence() {
        Quotations found = quotations("„Дали ќе дојдеш вечерва?“ — праша Лидија.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text()).containsExactly("Лидија");
    }

    @Test
    void aSubjectBeforeAClauseOrAfterTheVerbBeforeTheMarks() {
        Quotations found = quotations("Ана Мерџан, која е директорка на МВР, изјави: „Нема промени.“ "
                + "На прашањето одговори министерот Горан Мерџан: „Нема одложување.“ "
                + "„Не сме задоволни“, признаваат од опозицијата.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("Ана Мерџан", "Горан Мерџан", "опозицијата");
    }

    @Test
    void aSubjectBeforeAColonAndVerbsThatReportOnlyWhatTheyFollow() {
        Quotations found = quotations("Тренерот Благоја Мерџан по поразот беше краток: „Играчите дадоа сè.“ "
                + "„Банките мора да ги намалат каматите“, побара гувернерката Анита Мерџан. "
                + "„Рокот ќе биде почитуван“, увери директорот на Агенцијата за државни патишта. "
                + "„Ги повикуваме граѓаните да бидат трпеливи“, се вели во соопштението на ЕВН Македонија.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("Благоја Мерџан", "Анита Мерџан", "директорот на Агенцијата за државни патишта", "ЕВН Македонија");
    }

    @Test
    void aOneWordAnswerIsAQuotationNotATitle() {
        Quotations found = quotations("Марко праша дали ќе дојде. „Не“, одговори Вера кратко.");
        assertThat(found.titles()).isEmpty();
        assertThat(found.quotations()).extracting(q -> q.quote().text() + " → " + q.speaker().text())
                .containsExactly("Не → Вера");
    }

    @Test
    void aPronounSpeakerIsThePersonNamedJustBefore() {
        Quotations found = quotations("Министерката Ана Мерџан беше јасна. „Нема нови даноци“, додаде таа.");
        Quotation quote = found.quotations().get(0);
        assertThat(quote.speaker().text()).isEqualTo("Ана Мерџан");
        assertThat(quote.attribution()).isEqualTo("context");
        assertThat(quote.cue().text()).isEqualTo("додаде");
        // with no one named before, a pronoun alone gives no speaker (the guidelines' null), but the cue
        Quotation alone = quotations("„Ќе дојдам“, додаде таа по кратка пауза.").quotations().get(0);
        assertThat(alone.speaker()).isNull();
        assertThat(alone.cue().text()).isEqualTo("додаде");
    }

    @Test
    void dialogueTagsWithVerbsOfShoutingAgreeingAndBeginning() {
        Quotations found = quotations("„Стој!“ вресна стражарот. „Мислам дека си во право“, се согласи Марко тивко. "
                + "„Имам една идеја“, почна Елена. „Ајде“, и имаше речено Петре. „Пак доцниш!“ воздивна баба ѝ.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("стражарот", "Марко", "Елена", "Петре", "баба ѝ");
        // any verb tags a line that a comma or its own ! closes, when a subject follows it
        assertThat(quotations("„Не е фер!“ липаше Сара.").quotations().get(0).speaker().text()).isEqualTo("Сара");
        // a verb after marks that end no line takes them as its object: no speaker from it
        assertThat(quotations("Стариот натпис „Продавница за сите“ изгоре минатата зима.").quotations())
                .allSatisfy(q -> assertThat(q.speaker()).isNull());
    }

    @Test
    void aNameAfterASpeechVerbIsAPersonEvenPastAnAdverb() {
        Quotations found = quotations("„Не знам“, рече најпосле Горјан.");
        assertThat(found.quotations().get(0).speaker().text()).isEqualTo("Горјан");
        assertThat(PIPELINE.process("„Не знам“, рече најпосле Горјан.").get(org.vesnik.core.ner.NamedEntities.LAYER)
                .mentions()).extracting(m -> m.type().name()).containsExactly("PER");
    }

    @Test
    void theVerbBetweenTwoPartsOfALineTagsBoth() {
        Quotations found = quotations("„Во твојот случај“ рече Борис, „одговорот е едноставен.“");
        assertThat(found.quotations()).extracting(q -> q.speaker().text() + " " + q.attribution())
                .containsExactly("Борис sentence", "Борис sentence");
        // the nearest verb after the marks tags them, not one in a clause after it
        Quotation first = quotations("„Оди си“, рече Марија како да му објаснува нешто важно.").quotations().get(0);
        assertThat(first.speaker().text()).isEqualTo("Марија");
        assertThat(first.cue().text()).isEqualTo("рече");
    }

    @Test
    void wordsThatRunToTheEndOfTheParagraphUnclosedAreAQuotation() {
        String text = "„Слушај“, рече Јован, „ова е последен пат што ти зборувам.\nПотоа си отиде.";
        Quotations found = quotations(text);
        assertThat(found.quotations()).extracting(q -> q.quote().text())
                .containsExactly("Слушај", "ова е последен пат што ти зборувам.");
        assertThat(found.quotations().get(1).speaker().text()).isEqualTo("Јован");
        Quotation runOn = found.quotations().get(1);
        assertThat(text.substring(runOn.quote().start(), runOn.quote().end())).isEqualTo(runOn.quote().text());
    }

    @Test
    void aVerbJoinedByAndAnActionBeforeTheLineAndAKinshipWordBeforeAName() {
        Quotations found = quotations("Медицинската сестра ја затвори вратата и шепна: „Спие.“ "
                + "Лука ја спушти чашата. „Доста ми е од сè.“ "
                + "„Ќе падне снег“, рече баба Велика.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text() + " " + q.attribution())
                .containsExactly("Медицинската сестра sentence", "Лука context", "Велика sentence");
    }

    @Test
    void pluralPastFormsAnObjectBeforeAColonAndTheAuthorOfADocument() {
        Quotations found = quotations("„Ни треба време“, признаа од Министерството за образование. "
                + "Министерката Весна Јанева ги повика родителите: „Бидете трпеливи.“ "
                + "Според анализата на Народната банка, „инфлацијата забавува“.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("Министерството за образование", "Весна Јанева", "Народната банка");
    }

    @Test
    void aNamedOwnerIsPartOfTheSpeakerPhraseAndAPersonAfterSporedIsTheSource() {
        Quotations found = quotations("„Бодовите се најважни“, рече тренерот на Работнички по натпреварот. "
                + "„Ќе дојдеме пак“, рекоа родителите на протестот.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("тренерот на Работнички", "родителите");
        Quotation according = quotations("Според директорот на Заводот за статистика Петар Лазов, „бројките не лажат“.")
                .quotations().get(0);
        assertThat(according.speaker().text()).isEqualTo("Петар Лазов");
    }

    @Test
    void theSubjectIsThePhraseThatOpensTheClauseNotANameAfterAPreposition() {
        Quotations found = quotations("Високата жена до Никола викаше „Доста!“ сè погласно.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text()).containsExactly("Високата жена");
        // a pronoun subject names no one; the phrase after a preposition before it is not the speaker
        Quotations pronoun = quotations("На наше изненадување таа продолжи: „Ова е крај.“");
        assertThat(pronoun.quotations()).singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
    }

    @Test
    void pastFormsOfSpeechVerbsIntroduceQuotations() {
        // напиша and порача: forms whose guessed lemma is not the listed one
        Quotations found = quotations("Доналд Трамп напиша на социјалните мрежи: „Војната мора да заврши.“ "
                + "Претседателката Гордана Сиљановска-Давкова порача: „Мора да останеме обединети.“");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("Доналд Трамп", "Гордана Сиљановска-Давкова");
        assertThat(found.quotations()).extracting(q -> q.attribution()).containsOnly("sentence");
    }

    @Test
    void titlesOfWorksAndLawsAreNotQuotations() {
        Quotations found = quotations("Филмот „Пред дождот“ беше прикажан, а Собранието го донесе законот „за јавен ред и мир“.");
        assertThat(found.titles()).extracting(TextSpan::text).containsExactly("Пред дождот", "за јавен ред и мир");
        assertThat(found.quotations()).isEmpty();
        // the kind of work may stand between the title noun and the marks
        assertThat(quotations("Збирката раскази „Градот на ветровите“ доби награда.").quotations()).isEmpty();
        // a title noun the tagger did not know is still one
        Quotations column = quotations("Во колумната „Крајот на илузиите“ пишува дека „реформите стојат“.");
        assertThat(column.titles()).extracting(TextSpan::text).containsExactly("Крајот на илузиите");
        assertThat(column.quotations()).extracting(q -> q.quote().text()).containsExactly("реформите стојат");
    }

    @Test
    void aSubjectAfterTheVerbBeforeTheMarksAVerbalAdverbAndADecisionsOwner() {
        Quotations found = quotations("Како што изјави директорката на болницата Сања Пецева, „нема место за паника“. "
                + "Обвинителот Марко Зафиров ја поднесе жалбата, велејќи дека казната е „премногу блага“. "
                + "„Чекаме одговор“, порачуваат од синдикалната организација. "
                + "„Тарифите остануваат исти“, е одлуката на Регулаторната комисија за енергетика.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text()).containsExactly("Сања Пецева", "Марко Зафиров",
                "синдикалната организација", "Регулаторната комисија за енергетика");
    }

    @Test
    void wordsAfterASentenceAboutSomeoneOrAfterSporedAPronounAreTheirs() {
        Quotations found = quotations("Градоначалникот на Битола Тони Коњановски беше јасен. „Нема нови даноци.“ "
                + "Министерката Фатмире Исаки го посети училиштето. Според неа, „реновирањето е завршено“.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text() + " " + q.attribution())
                .containsExactly("Тони Коњановски context", "Фатмире Исаки context");
    }

    @Test
    void theSubjectOfAVerbThatTakesTheWordsAsItsObjectSaysThem() {
        Quotations found = quotations("Здружението на пензионери бара „пристојни пензии“. "
                + "Жител од Кичево, кој побара анонимност, рече дека „водата е матна“. "
                + "„Снабдувањето е редовно“, гарантираат од Електродистрибуција.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("Здружението на пензионери", "Жител од Кичево", "Електродистрибуција");
        // with a source, the words are the source's (the sample: ја потврдија својата „цврста волја“, според KCNA)
        assertThat(quotations("Двајцата лидери ја потврдија „цврстата волја“, според агенцијата Танјуг.").quotations().get(0)
                .speaker().text()).isEqualTo("Танјуг");
    }

    @Test
    void theOwnerOfAStatementOrAWrittenTextSaysItsWords() {
        Quotations found = quotations("„Рокот е пробиен“, стои во соопштението на Државниот инспекторат. "
                + "Според зборовите на директорот на болницата, „опремата пристигна“. "
                + "Изјавата на српскиот претседател дека „границите се затворени“ изненади многумина. "
                + "„Ова е неприфатливо“, порача на вчерашната седница претседателот на Судскиот совет Селим Адеми.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text()).containsExactly("Државниот инспекторат",
                "директорот на болницата", "српскиот претседател", "Селим Адеми");
    }

    @Test
    void theSubjectPhraseOfASentenceBeforeAColonSpeaks() {
        assertThat(quotations("Стражарот се сврте кон толпата: „Назад!“").quotations().get(0).speaker().text())
                .isEqualTo("Стражарот");
        // a statement's owner, not the statement, when the phrase is one
        assertThat(quotations("Пораката на градоначалникот беше кратка: „Работиме.“").quotations().get(0).speaker().text())
                .isEqualTo("градоначалникот");
    }

    @Test
    void aSubjectBeforeAnAsideANameAfterMarksAndDekaAfterAnyPredicate() {
        Quotations found = quotations("Возачот на автобусот, кој не сакаше да се претстави, за нашата редакција рече дека "
                + "„патот е опасен“. „Работиме без прекин“, вели директорот на библиотеката „Браќа Миладиновци“ Ана Ристова. "
                + "Сите економисти се согласни дека „кризата ќе трае“.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("Возачот на автобусот", "Ана Ристова", "Сите економисти");
    }

    @Test
    void aPersonAPrepositionGovernsAfterTheSpeakersIsNotThem() {
        Quotation found = quotations("„Крај на ерата“, коментираа фановите по пензионирањето на Мирко Мирчевски.")
                .quotations().get(0);
        assertThat(found.speaker().text()).isEqualTo("фановите");
    }

    @Test
    void aNameAPrepositionGovernsThroughItsNounIsNotTheSubject() {
        Quotations found = quotations("Премиерот Андреј Пленковиќ на својата мрежа Икс напиша дека „Хрватска е безбедна“. "
                + "Режисерот Горчин Стојановски за филмот „Прашина во очите“ рече дека е „лична приказна“. "
                + "Министерката за надворешни работи во разговорот со Муцунски истакна дека „соработката е одлична“.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("Андреј Пленковиќ", "Горчин Стојановски", "Министерката за надворешни работи");
        // a first name that is also a city's starts a person's name
        assertThat(quotations("„Цените остануваат“, изјави за МИА претседателот на Здружението на пекари Милан Петковски.")
                .quotations().get(0).speaker().text()).isEqualTo("Милан Петковски");
    }

    @Test
    void aFrontedObjectTheWordsOfADescriptionAndAnAgencyAfterAnAdjective() {
        Quotations found = quotations("Претседателот Емануел Макрон изјави дека Франција „нема да попушти“, а санкциите "
                + "ги нарече „неизбежни“. Премиерот Ганц ги пофали спасувачите како „вистински херои“, објави весникот "
                + "„Хаарец“. Двајцата лидери ја потврдија „заедничката волја“, според грчката агенција АНА.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text())
                .containsExactly("Емануел Макрон", "Емануел Макрон", "Ганц", "АНА");
        assertThat(found.quotations().get(2).source().text()).isEqualTo("Хаарец");
        Quotation statement = quotations("„Сите патишта се проодни“, се вели во соопштението на Агенцијата за државни патишта.")
                .quotations().get(0);
        assertThat(statement.speaker().text()).isEqualTo("Агенцијата за државни патишта");
    }

    @Test
    void theSubjectOfAVerbalAdverbOfButAndOfWordsIntroducedBySoZborovite() {
        Quotations found = quotations("Со зборовите „ова е за вас“ тренерот Ило Гаштаров им го посвети пехарот на навивачите. "
                + "Демонстрантите го блокираа Булеварот извикувајќи „Правда!“. "
                + "Министерката Ана Петрова во Собранието рече дека „нема пари“, но предупреди дека „ќе има штедење“. "
                + "„Мамо!“ извика малиот Марко.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text()).containsExactly(
                "Ило Гаштаров", "Демонстрантите", "Ана Петрова", "Ана Петрова", "Марко");
        // a name inside a title a preposition governs is not the subject
        assertThat(quotations("Режисерот Горан Стефановски за претставата „Диво месо, Јане Задрогаз“ рече дека е „лична“.")
                .quotations().get(0).speaker().text()).isEqualTo("Горан Стефановски");
    }

    @Test
    void aTagInTheSentenceAfterAQuestionMarkAndExamplesAfterKakoAreNoDescription() {
        Quotations found = quotations("„Каде одиш?“ Марија го праша братот.");
        assertThat(found.quotations().get(0).speaker().text()).isEqualTo("Марија");
        assertThat(found.quotations().get(0).cue().text()).isEqualTo("праша");
        // words named as examples after a noun and како are nobody's description
        assertThat(quotations("Во стариот речник се среќаваат зборови како „арно“ и „убаво“.").quotations())
                .allSatisfy(q -> assertThat(q.speaker()).isNull());
    }

    @Test
    void moreVerbsThatTagALine() {
        Quotations found = quotations("„Пожар!“ изврека чуварот. „Стигнавме“, јави возачот. „Ја губиме младината“, алармира демографот.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text()).containsExactly("чуварот", "возачот", "демографот");
    }

    @Test
    void aNameInTitleMarksMaySpeak() {
        Quotation found = quotations("Британскиот весник „Индипендент“ објави дека министрите „тајно се договориле“.")
                .quotations().get(0);
        assertThat(found.quote().text()).isEqualTo("тајно се договориле");
        assertThat(found.speaker().text()).isEqualTo("Индипендент");
    }

    @Test
    void nicknamesAndEpithetsInMarksAreNotQuotations() {
        Quotations found = quotations("Ерусалим, „градот на Давид“, е свет за три религии. "
                + "Таа беше позната како „Железната лејди“. Владата отвори т.н. „зелен коридор“.");
        assertThat(found.quotations()).isEmpty();
        assertThat(found.titles()).extracting(TextSpan::text)
                .containsExactly("градот на Давид", "Железната лејди", "зелен коридор");
        // words with a verb after a name and a comma are still someone's
        assertThat(quotations("Путин, „високо ги пофали“ војниците, рече агенцијата.").quotations()).hasSize(1);
    }

    @Test
    void indirectSpeechIsAStatement() {
        Quotations found = quotations("Аналитичарите велат дека средбата е важна.");
        assertThat(found.statements()).hasSize(1);
        Statement statement = found.statements().get(0);
        assertThat(statement.speaker().text()).isEqualTo("Аналитичарите");
        assertThat(statement.cue().text()).isEqualTo("велат");
        assertThat(statement.content().text()).isEqualTo("средбата е важна");
    }
}
