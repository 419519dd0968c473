package org.vesnik.core.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.lang.MacedonianWords;
import org.vesnik.core.morph.Analysis;
import org.vesnik.core.morph.Lemmatizer;
import org.vesnik.core.morph.TokenWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.resources.WordSet;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.SentenceSplitter;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.segment.Tokenizer;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;
import org.vesnik.core.translit.RomanizationSystem;
import org.vesnik.core.translit.Romanizer;

/**
 * Finds names of people, organisations and places and links each to a canonical entity.
 * Known names come from the gazetteer (in either script: KCNA is КЦНА); other names are runs of
 * capitalised words (Macedonian writes common nouns, demonyms, months and weekdays in lower
 * case), typed by the words around them: a title before a person (претседателот Путин), an
 * organisation word inside or before an organisation (Народното собрание, весникот „Родонг
 * Синмун“), a place word or a place preposition (Република Ирска, во Сребреница), and the name's
 * ending. A capitalised adjective before lower-case words and an event word names an event
 * (MISC: Втората светска војна). A short name (Путин, Ким) is linked to the full name that
 * contains it. Adjectives of countries (руската, кинескиот) are recorded as references, not names.
 */
public final class EntityRecognizer implements Stage {

    public static final Layer<NamedEntities> ENTITIES = Layer.named("entities");

    private static final int MAX_INSTITUTION_WORDS = 10;
    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();
    private static final Romanizer LATIN = Romanizer.of(RomanizationSystem.BGN_2013);

    private final Gazetteer gazetteer = Gazetteer.instance();
    private final Lemmatizer lemmatizer = Lemmatizer.standard();

    @Override
    public boolean macedonianOnly() {
        return true;
    }

    /** A sentence's tokens as the recognizer reads them. */
    private record View(Document document, TokenList tokens, int first, String[] surface, String[] keys,
                        Upos[] tags, String[] lemmas) {

        int size() {
            return surface.length;
        }

        boolean isCapitalised(int i) {
            String word = surface[i];
            // (a capitalised abbreviation too: Универзитетот Св. Кирил и Методиј)
            TokenKind kind = tokens.kind(first + i);
            return (kind == TokenKind.WORD || kind == TokenKind.ABBREVIATION) && !word.isEmpty()
                    && Character.isUpperCase(word.charAt(0));
        }
    }

    private record Found(int from, int to, EntityType type, Entity known) {
    }

    /**
     * Words of the names read so far in a document: every name word (a name at a sentence's start
     * too), and the words of people's full names (a later Ким is the person Ким Џонг Ун).
     */
    private record SeenNames(Set<String> nameWords, Set<String> personWords) {
    }

    @Override
    public void annotate(Document document) {
        String text = document.get(Cleaner.CLEAN_TEXT).text();
        TokenList tokens = document.get(Tokenizer.TOKENS);
        TokenWords words = TokenWords.of(document);
        List<EntityMention> mentions = new ArrayList<>();
        List<EntityReference> references = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Found> found = new ArrayList<>();
        SeenNames seen = new SeenNames(new HashSet<>(), new HashSet<>());
        for (Sentence sentence : document.get(SentenceSplitter.SENTENCES)) {
            int n = sentence.tokenCount();
            String[] surface = new String[n];
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                int t = sentence.firstToken() + i;
                surface[i] = text.substring(tokens.cleanStart(t), tokens.cleanEnd(t));
                keys[i] = Gazetteer.wordKey(surface[i]);
            }
            TokenWords sentenceWords = words.slice(sentence.firstToken(), sentence.endToken());
            View view = new View(document, tokens, sentence.firstToken(), surface, keys, sentenceWords.tags(),
                    sentenceWords.lemmas());
            readSentence(view, found, references, entities, seen);
        }
        link(document, text, tokens, found, mentions, entities);
        document.add(ENTITIES, new NamedEntities(mentions, references, entities));
    }

    private void readSentence(View view, List<Found> found, List<EntityReference> references, Map<String, Entity> entities,
                              SeenNames seen) {
        List<Found> here = new ArrayList<>();
        int i = 0;
        while (i < view.size()) {
            Found known = knownName(view, i);
            if (known != null) {
                here.add(known);
                i = known.to();
                continue;
            }
            String people = gazetteer.peoples.get(view.keys()[i]);
            if (people != null && view.isCapitalised(i)) {
                if (!people.equals("-")) {
                    addReference(view, i, gazetteer.byId.get(people), references, entities);
                }
                i++;
                continue;
            }
            Entity demonym = demonym(view, i);
            if (demonym != null) {
                addReference(view, i, demonym, references, entities);
                i++;
                continue;
            }
            int institution = institutionEnd(view, i);
            if (institution > i) {
                here.add(new Found(i, institution, EntityType.ORG, null));
                i = institution;
                continue;
            }
            boolean first = i <= firstWord(view);
            // a capitalised си or ни inside a sentence is a name (Си Џинпинг); at its start, a word
            // a capitalised title at a sentence's start is not part of the name after it (Фудбалерот Елиф Елмас)
            // so is an organisation word before a name (Компанијата Витаминка), and an adjective
            // before a first name (Старата Сирма)
            if (view.isCapitalised(i) && !(first && (isFunctionWord(view.tags()[i]) || isTitle(view, i)
                    || isOrganisationWordBeforeName(view, i) || isAdjectiveBeforeFirstName(view, i)))
                    && !isCommonNoun(view, i)
                    && (!first || startsName(view, i) || seen.nameWords().contains(view.keys()[i])
                    || unknownNameAtStart(view, i)
                    || organisationTail(view, i) > i)) {
                Found name = capitalisedRun(view, i, here.isEmpty() ? null : here.get(here.size() - 1), seen);
                if (name != null) {
                    here.add(name);
                    i = name.to();
                    continue;
                }
            }
            Entity country = gazetteer.byAdjective.get(view.lemmas()[i]);
            if (country != null && view.tags()[i] == Upos.ADJ) {
                addReference(view, i, country, references, entities);
            }
            i++;
        }
        for (Found f : here) {
            found.add(new Found(view.first() + f.from(), view.first() + f.to(), f.type(), f.known()));
            boolean person = f.type() == EntityType.PER && f.to() - f.from() > 1;
            for (int k = f.from(); k < f.to(); k++) {
                seen.nameWords().add(view.keys()[k]);
                if (person) {
                    seen.personWords().add(view.keys()[k]);
                }
            }
        }
    }

    private static void addReference(View view, int i, Entity entity, List<EntityReference> references,
                                     Map<String, Entity> entities) {
        int t = view.first() + i;
        TokenList tokens = view.tokens();
        references.add(new EntityReference(tokens.start(t), tokens.end(t), tokens.cleanStart(t), tokens.cleanEnd(t),
                view.document().original().substring(tokens.start(t), tokens.end(t)), entity.id()));
        entities.putIfAbsent(entity.id(), entity);
    }

    /** Conjunctions, prepositions, pronouns and the like never start a name (Во Битола, Затоа Ким). */
    private static boolean isFunctionWord(Upos tag) {
        return switch (tag) {
            case ADP, CCONJ, SCONJ, PART, PRON, DET, AUX, ADV, NUM -> true;
            default -> false;
        };
    }

    /**
     * A capitalised organisation word inside a sentence names an institution, with the words
     * that say which (Министерството за финансии, Советот на министрите за финансии на ЕУ):
     * through на, за, од and the nouns and adjectives after them, up to a verb or a mark.
     * Returns the end of the name, or -1.
     */
    private int institutionEnd(View view, int i) {
        // (a PROPN too: the tagger takes an organisation word it does not know for a name, Клиниката)
        if (!view.isCapitalised(i) || view.tags()[i] != Upos.NOUN && view.tags()[i] != Upos.PROPN || !isOrganisationWord(view, i)) {
            return -1;
        }
        int end = i + 1;
        // the name that says which (Универзитетот Харвард), unless it is a person's or a place's;
        // the name ends there (Компанијата Витаминка од Прилеп)
        if (end < view.size() && view.isCapitalised(end) && !gazetteer.firstNames.contains(view.keys()[end])) {
            Found known = knownName(view, end);
            if (known == null || known.type() == EntityType.ORG) {
                if (i <= firstWord(view)) {
                    return -1; // at a sentence's start the word is only capitalised there: a descriptor
                }
                // names joined by и go on (Универзитетот Св. Кирил и Методиј)
                while (end < view.size() && end < i + MAX_INSTITUTION_WORDS && (view.isCapitalised(end)
                        || end + 1 < view.size() && gazetteer.innerConnectors.contains(view.keys()[end]) && view.isCapitalised(end + 1))) {
                    end++;
                }
                return end;
            }
        }
        end = connectedEnd(view, i, end, true);
        // at a sentence's start a lone one is a common noun (Министерството соопшти …)
        return i <= firstWord(view) && end == i + 1 ? -1 : end;
    }

    /**
     * The end of an organisation's name from {@code i} that now ends at {@code end}, through на,
     * за, од and the nouns, adjectives and names after them (Министерството за финансии,
     * Стопанската комора на Македонија), then и or со and more such words (Министерството за
     * труд и социјална политика), up to a verb or a mark. With {@code throughNames} false only
     * lower-case words go on (Државниот завод за ревизија; not: агенција на Јужна Кореја).
     */
    private int connectedEnd(View view, int i, int end, boolean throughNames) {
        boolean begun = false;
        while (end + 1 < view.size() && end < i + MAX_INSTITUTION_WORDS
                && (gazetteer.nameConnectors.contains(view.keys()[end]) || begun && gazetteer.innerConnectors.contains(view.keys()[end]))) {
            int k = end + 1;
            if (view.isCapitalised(k)) {
                if (!throughNames || !gazetteer.nameConnectors.contains(view.keys()[end])) {
                    break;
                }
                // (up to a person's first name after it: лидерот на Алијансата за Албанците Арбен Таравари)
                while (k < view.size() && k < i + MAX_INSTITUTION_WORDS && view.isCapitalised(k)
                        && !(k > end + 1 && personFollows(view, k))) {
                    k++;
                }
                if (begun) {
                    return k; // a name after the words that say which ends it (Советот за безбедност на ОН)
                }
                end = k; // names joined by на go on (Комитетот на Нации на Андите)
                continue;
            }
            while (k < view.size() && k < i + MAX_INSTITUTION_WORDS && !view.isCapitalised(k)
                    && (view.tags()[k] == Upos.ADJ || view.tags()[k] == Upos.NOUN) && !isVerbBeforeWords(view, k)) {
                k++;
            }
            if (k == end + 1) {
                break;
            }
            begun = true;
            end = k;
        }
        return end;
    }

    /**
     * A word with a verb's reading right before quotation marks or дека (… работници бара „…“,
     * where бара is also a noun): the name's verb, not a word of the name.
     */
    private boolean isVerbBeforeWords(View view, int k) {
        if (k + 1 >= view.size() || view.tokens().kind(view.first() + k + 1) != TokenKind.QUOTE
                && !FUNCTION_WORDS.isComplementizer(view.keys()[k + 1])) {
            return false;
        }
        for (Analysis reading : lemmatizer.analyze(view.keys()[k])) {
            if (reading.upos() == Upos.VERB && reading.known()) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised common noun with its article (Договорот, Библијата): not a name by itself. */
    private boolean isCommonNoun(View view, int i) {
        String lower = view.surface()[i].toLowerCase(Locale.ROOT);
        // (not a first name that looks like one: Марта, read as a form of март)
        return view.tags()[i] == Upos.NOUN && !view.lemmas()[i].equals(lower) && !gazetteer.firstNames.contains(view.keys()[i])
                && gazetteer.definiteNounEndings.stream().anyMatch(lower::endsWith);
    }

    /**
     * A people's name (Македонци, Србите, Албанецот): the country's adjective stem with a
     * plural or person ending. Peoples are references to their country, not names.
     */
    private Entity demonym(View view, int i) {
        if (!view.isCapitalised(i)) {
            return null;
        }
        return gazetteer.countryOfDemonym(view.surface()[i].toLowerCase(Locale.ROOT));
    }

    /** The index of the sentence's first word (after any opening quotation mark or dash). */
    private static int firstWord(View view) {
        int i = 0;
        while (i < view.size() && view.tokens().kind(view.first() + i) != TokenKind.WORD) {
            i++;
        }
        return i;
    }

    /**
     * A sentence's first word that the lexicon does not know and that is a first name or ends as
     * surnames do (Мицкоски рече …): a name, though nothing after it is capitalised.
     */
    private boolean unknownNameAtStart(View view, int i) {
        String key = view.keys()[i];
        if (gazetteer.firstNames.contains(key) || gazetteer.surnameEndings.containsEndingOf(key)) {
            return true;
        }
        if (gazetteer.typeByEnding(key) != EntityType.PER) {
            return false;
        }
        List<Analysis> readings = lemmatizer.analyze(view.surface()[i].toLowerCase(Locale.ROOT));
        return readings.isEmpty() || !readings.get(0).known();
    }

    /** A sentence's first word starts a name when the tagger took it for one or a capitalised word follows it. */
    private static boolean startsName(View view, int i) {
        return view.tags()[i] == Upos.PROPN || i + 1 < view.size() && view.isCapitalised(i + 1);
    }

    /** The longest known name starting at {@code i}, its first word capitalised, or null. */
    private Found knownName(View view, int i) {
        if (!view.isCapitalised(i)) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        Found best = null;
        for (int j = i; j < view.size() && j < i + gazetteer.longestName; j++) {
            if (j > i) {
                key.append(' ');
            }
            key.append(view.keys()[j]);
            Entity entity = gazetteer.byName.get(key.toString());
            if (entity != null) {
                best = new Found(i, j + 1, entity.type(), entity);
            }
        }
        if (best != null && best.to() == i + 1 && best.type() == EntityType.LOC && gazetteer.firstNames.contains(view.keys()[i])
                && i + 1 < view.size() && view.isCapitalised(i + 1)) {
            return null; // Милан Ристески: a first name, though a city is called so
        }
        return best;
    }

    /**
     * A run of capitalised words from {@code i}, through known names inside it (Општина Велес,
     * Западна Македонија) and, in an organisation's name, through на, за, и before a capitalised
     * word (Комитетот на Нации на Андите); with a lower-case tail when the run is an adjective
     * before an organisation word (Француската национална полиција). Typed by the words around it.
     * A lone capitalised adjective is a demonym, not a name.
     */
    private Found capitalisedRun(View view, int i, Found previous, SeenNames seen) {
        int j = i + 1;
        boolean organisational = isDefiniteAdjective(view, i) || isOrganisationWord(view, i);
        while (j < view.size()) {
            if (view.isCapitalised(j)) {
                organisational |= isOrganisationWord(view, j);
                j++;
            } else if (organisational && j + 1 < view.size() && gazetteer.nameConnectors.contains(view.keys()[j]) && view.isCapitalised(j + 1)) {
                j += 2;
            } else {
                break;
            }
        }
        int to = j;
        // a place before a person's full name is a name of its own (на Струмица Костадин Костадинов);
        // so is the one institution word before it (портпаролката на Владата Марија Петрушевска)
        if (!organisational || isOrganisationWord(view, i) && i + 2 < to) {
            for (int k = i + 1; k + 1 < to && (!organisational || k == i + 1); k++) {
                // (not after a lone adjective, which is the name's own: Свети Јован Бигорски)
                if (gazetteer.firstNames.contains(view.keys()[k]) && !(k == i + 1 && view.tags()[i] == Upos.ADJ)) {
                    to = k;
                    break;
                }
            }
        }
        if (isAdjective(view, to - 1)) {
            int k = descriptorsEnd(view, to);
            if (k < view.size() && !view.isCapitalised(k) && isOrganisationWord(view, k)) {
                int tail = organisationTail(view, i);
                if (tail > k + 1) {
                    return new Found(i, tail, EntityType.ORG, null); // Народниот театар Битола
                }
                if (to - i == 1 && nameFollows(view, k + 1)) {
                    return null; // Британскиот весник „Гардијан“: the words describe the name after them
                }
                // not through на and a name: агенција на Јужна Кореја describes, the country is the name
                return new Found(i, connectedEnd(view, i, k + 1, false), EntityType.ORG, null);
            }
            if (k < view.size() && !view.isCapitalised(k) && gazetteer.locationWords.contains(view.lemmas()[k])) {
                return new Found(i, k + 1, EntityType.LOC, null); // Елисејската палата
            }
            if (to - i == 1 && afterOrganisationWord(view, i) && k > to) {
                return new Found(i, k, EntityType.ORG, null); // Фондацијата Отворено општество
            }
            if (k < view.size() && !view.isCapitalised(k) && isEventWord(view, k)) {
                return new Found(i, k + 1, EntityType.MISC, null); // Втората светска војна
            }
            if (to - i == 1 && !unknownNameAtStart(view, i) && !(i > 0 && gazetteer.locationWords.contains(view.lemmas()[i - 1]))) {
                // a demonym; but not an unknown word with a surname's ending (Петровски рече), nor
                // a name after a place word the tagger read as an adjective (Реката Треска)
                return null;
            }
        }
        EntityType type = typeOf(view, i, to, previous, seen);
        if (type == EntityType.ORG && organisational) {
            to = connectedEnd(view, i, to, false); // Кинеското Министерство за надворешни работи
        }
        if (type == EntityType.MISC && i > 0 && view.tokens().kind(view.first() + i - 1) == TokenKind.QUOTE) {
            to = closingMark(view, i, to); // романот „Резервен живот“: a title capitalises its first word only
        }
        return new Found(i, to, type, null);
    }

    /** The closing quotation mark after {@code i}, within a title's length, else {@code to}. */
    private static int closingMark(View view, int i, int to) {
        for (int k = i; k < view.size() && k < i + MAX_INSTITUTION_WORDS; k++) {
            if (view.tokens().kind(view.first() + k) == TokenKind.QUOTE) {
                return k;
            }
        }
        return to;
    }

    /** Whether an organisation word stands right before (клубот Работнички, Фондацијата Отворено општество). */
    private boolean afterOrganisationWord(View view, int i) {
        return i > 0 && isOrganisationWord(view, i - 1);
    }

    /**
     * After a capitalised adjective, the end of the lower-case words that go on its name before an
     * organisation or place word: adjectives, and up to two words the tagger took for nouns
     * (Државниот пазарен инспекторат); never an event word (Втората светска војна).
     */
    private int descriptorsEnd(View view, int k) {
        int nouns = 0;
        while (k < view.size() && !view.isCapitalised(k) && !isEventWord(view, k)
                && !isOrganisationWord(view, k) && !gazetteer.locationWords.contains(view.lemmas()[k])
                && (view.tags()[k] == Upos.ADJ || view.tags()[k] == Upos.NOUN && nouns++ < 2)) {
            k++;
        }
        return k;
    }

    /**
     * The end of an organisation's name that is a capitalised adjective, lower-case adjectives and
     * an organisation word (Народното собрание, Државната изборна комисија), or -1.
     */
    private int organisationTail(View view, int i) {
        if (!isAdjective(view, i)) {
            return -1;
        }
        int k = descriptorsEnd(view, i + 1);
        boolean organisation = k < view.size() && !view.isCapitalised(k) && isOrganisationWord(view, k);
        // a name after the organisation word is the organisation's: the words before only describe it
        // (Кошаркарскиот клуб Работнички)
        // (but a person's name after it is the person's own: претседателот на Судскиот совет Селим Адеми)
        if (organisation && nameFollows(view, k + 1)) {
            // a place's name after it is the organisation's own: Народниот театар Битола
            Found place = view.tokens().kind(view.first() + k + 1) == TokenKind.QUOTE ? null : knownName(view, k + 1);
            if (place != null && place.type() == EntityType.LOC) {
                return place.to();
            }
        }
        return organisation && !(nameFollows(view, k + 1) && !personFollows(view, k + 1)) ? k + 1 : -1;
    }

    /** Whether a first name starts at {@code k}. */
    private boolean personFollows(View view, int k) {
        return k < view.size() && gazetteer.firstNames.contains(view.keys()[k]);
    }

    /** Whether a capitalised name starts at {@code k}, perhaps inside quotation marks (весникот „Гардијан“). */
    private static boolean nameFollows(View view, int k) {
        if (k < view.size() && view.tokens().kind(view.first() + k) == TokenKind.QUOTE) {
            k++;
        }
        return k < view.size() && view.isCapitalised(k);
    }

    /** An event noun, by lemma or by form (војна is also the feminine of воен). */
    private boolean isEventWord(View view, int k) {
        return gazetteer.eventWords.contains(view.lemmas()[k]) || gazetteer.eventWords.contains(view.keys()[k]);
    }

    private boolean isDefiniteAdjective(View view, int i) {
        return isAdjective(view, i) && hasDefiniteAdjectiveEnding(view, i);
    }

    /**
     * An adjective, or a capitalised word the tagger did not know and took for a name that ends as
     * definite adjectives do, before an organisation word (Регулаторната комисија).
     */
    private boolean isAdjective(View view, int i) {
        return view.tags()[i] == Upos.ADJ || view.tags()[i] == Upos.PROPN && hasDefiniteAdjectiveEnding(view, i)
                && i + 1 < view.size() && !view.isCapitalised(i + 1) && isOrganisationWord(view, i + 1);
    }

    private boolean hasDefiniteAdjectiveEnding(View view, int i) {
        String lower = view.surface()[i].toLowerCase(Locale.ROOT);
        return gazetteer.definiteAdjectiveEndings.stream().anyMatch(lower::endsWith);
    }

    private EntityType typeOf(View view, int from, int to, Found previous, SeenNames seen) {
        int before = from - 1;
        while (before >= 0 && view.tags()[before] == Upos.PUNCT && !view.keys()[before].equals(",")) {
            before--; // весникот „Родонг Синмун“
        }
        if (before >= 0 && before < from - 1 && listsWord(gazetteer.workWords, view, before)) {
            return EntityType.MISC; // романот „Пиреј“: a work's title
        }
        boolean personFirst = to - from > 1 && gazetteer.firstNames.contains(view.keys()[from]);
        if (before >= 0 && isOrganisationWord(view, before) && !view.isCapitalised(before)
                && !personFirst) {
            return EntityType.ORG; // весникот Нова Македонија (not: портпаролот на полицијата Тони Ангеловски)
        }
        if (before >= 1 && FUNCTION_WORDS.isOf(view.keys()[before]) && isMember(view, before - 1)
                && !seen.personWords().contains(view.keys()[from])) {
            return EntityType.ORG; // ракометарите на Вардар: players belong to a club
        }
        String firstWord = view.surface()[from];
        if (to - from > 1 && firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase(Locale.ROOT))
                && gazetteer.typeByEnding(firstWord) == null) {
            return EntityType.ORG; // ЕВН Македонија: a company's acronym before a country's name
        }
        for (int k = to - 1; k >= from; k--) {
            Found known = knownName(view, k);
            if (known != null && known.to() <= to) {
                return known.type(); // Западна Македонија is a place as Македонија is
            }
        }
        for (int k = from; k < to; k++) {
            if (isOrganisationWord(view, k)) {
                return EntityType.ORG;
            }
        }
        if (gazetteer.locationWords.contains(view.lemmas()[from]) || gazetteer.locationWords.contains(view.lemmas()[to - 1])) {
            return EntityType.LOC;
        }
        if (before >= 0 && isTitle(view, before)) {
            return EntityType.PER;
        }
        if (before >= 0 && isOrganisationWord(view, before)
                && !gazetteer.firstNames.contains(view.keys()[from])) {
            return EntityType.ORG; // Агенцијата КЦНА; not: Владата Марија Петрушевска
        }
        if (before >= 0 && gazetteer.locationWords.contains(view.lemmas()[before])) {
            return EntityType.LOC; // градот Битола, реката Струма
        }
        if (previous != null && to - from == 1 && listed(view, previous.to(), from)) {
            return previous.type(); // Сиднеј, Мелбурн, Перт и Бризбејн (not: Битола, Тони Коњановски)
        }
        if (isDefiniteAdjective(view, from)) {
            return EntityType.ORG; // Црвениот Крст: people's names take no article
        }
        if (to - from > 1 && view.tags()[from] == Upos.ADJ && !gazetteer.firstNames.contains(view.keys()[from])) {
            return EntityType.ORG; // Македонски Телеком: a person's name does not start with an adjective
        }
        String word = view.surface()[from];
        if (to - from == 1 && word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return EntityType.ORG; // an acronym
        }
        if (gazetteer.firstNames.contains(view.keys()[from])
                || to - from == 1 && seen.personWords().contains(view.keys()[from])) {
            return EntityType.PER; // Благоја Милевски; Ким after Ким Џонг Ун
        }
        if (to - from == 1 && before >= 0 && (gazetteer.opponentWords.contains(view.keys()[before])
                || view.tags()[before] == Upos.VERB && gazetteer.opponentWords.contains(view.lemmas()[before]))) {
            return EntityType.ORG; // против Ференцварош, го победија Партизан: a club
        }
        if (before >= 1 && FUNCTION_WORDS.isFrom(view.keys()[before]) && followsSpeechVerb(view, before - 1)) {
            return EntityType.ORG; // соопштија од Електроснабдување: an institution speaks through its people
        }
        if (to - from == 1 && before >= 0 && followsSpeechVerb(view, before)) {
            return EntityType.PER; // „…“, рече Винстон; рече најпосле Винстон: the one who speaks
        }
        EntityType byEnding = gazetteer.typeByEnding(view.surface()[to - 1]);
        if (to - from == 1 && before >= 0 && gazetteer.placePrepositions.contains(view.keys()[before]) && byEnding != EntityType.PER) {
            return EntityType.LOC;
        }
        if (byEnding != null) {
            return byEnding;
        }
        int verb = to;
        while (verb + 1 < view.size() && view.tags()[verb] == Upos.PRON && FUNCTION_WORDS.isClitic(view.lemmas()[verb])
                && !view.keys()[verb].equals(view.lemmas()[verb])) {
            verb++; // Дали му се восхитувал: short pronouns stand between a subject and its verb
        }
        // (not a name a preposition governs: the verb after Жителите на Лисиче is the residents')
        boolean governed = before >= 0 && view.tags()[before] == Upos.ADP;
        if (to - from > 1 || !governed && verb < view.size()
                && (MacedonianWords.isSpeechVerb(view.lemmas()[verb], view.keys()[verb]) || view.tags()[verb] == Upos.VERB)) {
            return EntityType.PER; // a person's full name; one who speaks or acts (Орбан изјави)
        }
        return EntityType.LOC; // people come with a first name, a title or an ending: places need none
    }

    /** Whether word {@code k}, or the word before an adverb at {@code k}, is a speech verb. */
    private static boolean followsSpeechVerb(View view, int k) {
        if (view.tags()[k] == Upos.ADV && k > 0) {
            k--;
        }
        return MacedonianWords.isSpeechVerb(view.lemmas()[k], view.keys()[k]);
    }

    /**
     * An organisation word (агенција, инспекторат), by its lemma or by its form without the
     * article when the tagger read it as another word (инспекторат as a verb).
     */
    private boolean isOrganisationWord(View view, int k) {
        return listsWord(gazetteer.organizationWords, view, k);
    }

    /** A definite adjective with a first name right after it (Старата Сирма): a description, not the name. */
    private boolean isAdjectiveBeforeFirstName(View view, int i) {
        return isDefiniteAdjective(view, i) && i + 1 < view.size() && view.isCapitalised(i + 1)
                && gazetteer.firstNames.contains(view.keys()[i + 1]);
    }

    /** An organisation word with a capitalised name right after it (Компанијата Витаминка). */
    private boolean isOrganisationWordBeforeName(View view, int i) {
        return i + 1 < view.size() && view.isCapitalised(i + 1)
                && isOrganisationWord(view, i);
    }

    /** Members, players or fans of an organisation (ракометарите, навивачите), by lemma or form without the article. */
    private boolean isMember(View view, int k) {
        return listsWord(gazetteer.memberWords, view, k);
    }

    /**
     * Whether {@code words} lists word {@code k} by its lemma, or by its form without the article
     * when the tagger did not know the noun and guessed another lemma.
     */
    private boolean listsWord(WordSet words, View view, int k) {
        return words.contains(view.lemmas()[k]) || words.contains(withoutArticle(view.keys()[k]));
    }

    /** A noun's form without its definite article, or the form. */
    private String withoutArticle(String lower) {
        for (String ending : gazetteer.definiteNounEndings) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                return lower.substring(0, lower.length() - ending.length());
            }
        }
        return lower;
    }

    /**
     * A title or role before a name (претседателот, советничката): by its lemma, or by its form
     * without the article when the tagger did not know the word.
     */
    private boolean isTitle(View view, int k) {
        return listsWord(gazetteer.titleWords, view, k);
    }

    /** Whether only commas and и stand between two names: a list of names of one kind. */
    private static boolean listed(View view, int end, int start) {
        if (end > start || start - end > 1) {
            return false;
        }
        for (int k = end; k < start; k++) {
            if (!view.keys()[k].equals(",") && !view.keys()[k].equals("и")) {
                return false;
            }
        }
        return true;
    }

    /** Gives every name an entity: the known one, the full name a short one is part of, or its own. */
    private void link(Document document, String text, TokenList tokens, List<Found> found, List<EntityMention> mentions,
                      Map<String, Entity> entities) {
        // full person names by each of their words, to link Путин and Ким to them
        Map<String, Entity> byWord = new HashMap<>();
        List<Entity> resolved = new ArrayList<>();
        for (Found f : found) {
            Entity entity = f.known();
            if (entity == null && f.type() == EntityType.PER && f.to() - f.from() > 1) {
                entity = ownEntity(nameOf(text, tokens, f), EntityType.PER);
            }
            resolved.add(entity);
            if (entity != null && entity.type() == EntityType.PER) {
                for (String word : entity.name().split("\\s+")) {
                    byWord.putIfAbsent(Gazetteer.wordKey(word), entity);
                }
            }
        }
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            Entity entity = resolved.get(k);
            String name = nameOf(text, tokens, f);
            if (entity == null && f.to() - f.from() == 1 && f.type() == EntityType.PER) {
                entity = byWord.get(Gazetteer.wordKey(name));
            }
            if (entity == null) {
                entity = ownEntity(name, f.type());
            }
            entities.putIfAbsent(entity.id(), entity);
            int a = f.from();
            int b = f.to() - 1;
            mentions.add(new EntityMention(tokens.start(a), tokens.end(b), tokens.cleanStart(a), tokens.cleanEnd(b),
                    document.original().substring(tokens.start(a), tokens.end(b)), f.type(), entity.id()));
        }
    }

    private static String nameOf(String text, TokenList tokens, Found f) {
        return text.substring(tokens.cleanStart(f.from()), tokens.cleanEnd(f.to() - 1));
    }

    /** An entity the gazetteer does not know: its id is its type and its name (per:марко-трајковски). */
    private static Entity ownEntity(String name, EntityType type) {
        String id = type.name().toLowerCase(Locale.ROOT) + ":" + Gazetteer.key(name).replace(' ', '-');
        return new Entity(id, name, LATIN.romanize(name), type);
    }
}
