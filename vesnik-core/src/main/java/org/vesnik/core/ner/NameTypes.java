package org.vesnik.core.ner;

import java.util.Locale;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.lang.MacedonianWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.view.SentenceTokens;

/** The type of a run of capitalised words, from the words in it and around it. */
final class NameTypes {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    private final Gazetteer gazetteer;
    private final NameWords words;

    NameTypes(Gazetteer gazetteer, NameWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    EntityType typeOf(SentenceTokens view, int from, int to, FoundName previous, SeenNames seen) {
        int before = from - 1;
        while (before >= 0 && view.tag(before) == Upos.PUNCT && !view.key(before).equals(",")) {
            before--; // весникот „Родонг Синмун“
        }
        if (before >= 0 && before < from - 1 && words.listsWord(gazetteer.workWords, view, before)) {
            return EntityType.MISC; // романот „Пиреј“: a work's title
        }
        boolean personFirst = to - from > 1 && gazetteer.firstNames.contains(view.key(from));
        if (before >= 0 && words.isOrganisationWord(view, before) && !view.isCapitalisedWord(before)
                && !personFirst) {
            return EntityType.ORG; // весникот Нова Македонија (not: портпаролот на полицијата Тони Ангеловски)
        }
        if (before >= 1 && FUNCTION_WORDS.isOf(view.key(before)) && words.isMember(view, before - 1)
                && !seen.personWords().contains(view.key(from))) {
            return EntityType.ORG; // ракометарите на Вардар: players belong to a club
        }
        String firstWord = view.surface(from);
        if (to - from > 1 && firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase(Locale.ROOT))
                && gazetteer.typeByEnding(firstWord) == null) {
            return EntityType.ORG; // ЕВН Македонија: a company's acronym before a country's name
        }
        for (int k = to - 1; k >= from; k--) {
            FoundName known = words.knownName(view, k);
            if (known != null && known.to() <= to) {
                return known.type(); // Западна Македонија is a place as Македонија is
            }
        }
        for (int k = from; k < to; k++) {
            if (words.isOrganisationWord(view, k)) {
                return EntityType.ORG;
            }
        }
        if (gazetteer.locationWords.contains(view.lemma(from)) || gazetteer.locationWords.contains(view.lemma(to - 1))) {
            return EntityType.LOC;
        }
        if (before >= 0 && words.isTitle(view, before)) {
            return EntityType.PER;
        }
        if (before >= 0 && words.isOrganisationWord(view, before)
                && !gazetteer.firstNames.contains(view.key(from))) {
            return EntityType.ORG; // Агенцијата КЦНА; not: Владата Марија Петрушевска
        }
        if (before >= 0 && gazetteer.locationWords.contains(view.lemma(before))) {
            return EntityType.LOC; // градот Битола, реката Струма
        }
        if (previous != null && to - from == 1 && NameWords.listed(view, previous.to(), from)) {
            return previous.type(); // Сиднеј, Мелбурн, Перт и Бризбејн (not: Битола, Тони Коњановски)
        }
        if (words.isDefiniteAdjective(view, from)) {
            return EntityType.ORG; // Црвениот Крст: people's names take no article
        }
        if (to - from > 1 && view.tag(from) == Upos.ADJ && !gazetteer.firstNames.contains(view.key(from))) {
            return EntityType.ORG; // Македонски Телеком: a person's name does not start with an adjective
        }
        String word = view.surface(from);
        if (to - from == 1 && word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return EntityType.ORG; // an acronym
        }
        if (gazetteer.firstNames.contains(view.key(from))
                || to - from == 1 && seen.personWords().contains(view.key(from))) {
            return EntityType.PER; // Благоја Милевски; Ким after Ким Џонг Ун
        }
        if (to - from == 1 && before >= 0 && (gazetteer.opponentWords.contains(view.key(before))
                || view.tag(before) == Upos.VERB && gazetteer.opponentWords.contains(view.lemma(before)))) {
            return EntityType.ORG; // против Ференцварош, го победија Партизан: a club
        }
        if (before >= 1 && FUNCTION_WORDS.isFrom(view.key(before)) && NameWords.followsSpeechVerb(view, before - 1)) {
            return EntityType.ORG; // соопштија од Електроснабдување: an institution speaks through its people
        }
        if (to - from == 1 && before >= 0 && NameWords.followsSpeechVerb(view, before)) {
            return EntityType.PER; // „…“, рече Винстон; рече најпосле Винстон: the one who speaks
        }
        EntityType byEnding = gazetteer.typeByEnding(view.surface(to - 1));
        if (to - from == 1 && before >= 0 && gazetteer.placePrepositions.contains(view.key(before)) && byEnding != EntityType.PER) {
            return EntityType.LOC;
        }
        if (byEnding != null) {
            return byEnding;
        }
        int verb = to;
        while (verb + 1 < view.size() && view.tag(verb) == Upos.PRON && FUNCTION_WORDS.isClitic(view.lemma(verb))
                && !view.key(verb).equals(view.lemma(verb))) {
            verb++; // Дали му се восхитувал: short pronouns stand between a subject and its verb
        }
        // (not a name a preposition governs: the verb after Жителите на Лисиче is the residents')
        boolean governed = before >= 0 && view.tag(before) == Upos.ADP;
        if (to - from > 1 || !governed && verb < view.size()
                && (MacedonianWords.isSpeechVerb(view.lemma(verb), view.key(verb)) || view.tag(verb) == Upos.VERB)) {
            return EntityType.PER; // a person's full name; one who speaks or acts (Орбан изјави)
        }
        return EntityType.LOC; // people come with a first name, a title or an ending: places need none
    }
}
