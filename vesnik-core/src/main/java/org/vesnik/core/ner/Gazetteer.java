package org.vesnik.core.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vesnik.core.resources.ResourceFile;
import org.vesnik.core.resources.WordSet;
import org.vesnik.core.translit.SpellingKey;

/**
 * The names vesnik knows ({@code people.tsv}, {@code organizations.tsv}, {@code countries.tsv},
 * {@code places.tsv}) and the words around names ({@code title-words.txt},
 * {@code organization-words.txt}, {@code location-words.txt}, {@code event-words.txt},
 * {@code place-prepositions.txt}, {@code name-connectors.txt}, {@code name-endings.tsv},
 * {@code definite-endings.tsv}, {@code peoples.tsv}).
 * Names are looked up by their words' {@link #key keys}, so a Latin spelling finds the
 * Cyrillic name (KCNA, Putin). Immutable.
 */
final class Gazetteer {

    final Map<String, Entity> byName = new HashMap<>();
    final Map<String, Entity> byAdjective = new HashMap<>();
    /** Countries by the stem their people's names are made from (македон- for Македонец). */
    final Map<String, Entity> byDemonymStem = new HashMap<>();
    /** The endings that make a people's name of such a stem, shortest first. */
    final List<String> demonymEndings = new ArrayList<>();
    /** Known entities by the id their file gives them (KP, putin), which other files name them by. */
    final Map<String, Entity> byId = new HashMap<>();
    private final Set<String> publicIds = new HashSet<>();
    // the words around names, by what they tell of the name
    /** Of people: titles and roles, first names, surname endings, members of a club or party. */
    final WordSet titleWords = WordSet.load(Gazetteer.class, "title-words.txt");
    final WordSet firstNames = WordSet.load(Gazetteer.class, "first-names.txt");
    final WordSet surnameEndings = WordSet.load(Gazetteer.class, "surname-endings.txt");
    final WordSet memberWords = WordSet.load(Gazetteer.class, "member-words.txt");
    /** Endings that tell a name's type ({@code name-endings.tsv}). */
    final Map<String, EntityType> nameEndings = new HashMap<>();
    /** Of organisations, works and events: their nouns, and the words of opposing a club. */
    final WordSet organizationWords = WordSet.load(Gazetteer.class, "organization-words.txt");
    final WordSet workWords = WordSet.load(Gazetteer.class, "work-words.txt");
    final WordSet eventWords = WordSet.load(Gazetteer.class, "event-words.txt");
    final WordSet opponentWords = WordSet.load(Gazetteer.class, "opponent-words.txt");
    /** Article endings of definite nouns and adjectives ({@code definite-endings.tsv}). */
    final List<String> definiteNounEndings = new ArrayList<>();
    final List<String> definiteAdjectiveEndings = new ArrayList<>();
    /** Of places, and the words that join the words of one name. */
    final WordSet locationWords = WordSet.load(Gazetteer.class, "location-words.txt");
    final WordSet placePrepositions = WordSet.load(Gazetteer.class, "place-prepositions.txt");
    final WordSet nameConnectors = WordSet.load(Gazetteer.class, "name-connectors.txt");
    final WordSet innerConnectors = WordSet.load(Gazetteer.class, "name-inner-connectors.txt");
    /** Peoples' names, to the id of their country or to "-". */
    final Map<String, String> peoples = new HashMap<>();
    final int longestName;

    private Gazetteer() {
        read("people.tsv", EntityType.PER, false);
        read("organizations.tsv", EntityType.ORG, false);
        read("countries.tsv", EntityType.LOC, true);
        read("places.tsv", EntityType.LOC, false);
        ResourceFile articles = ResourceFile.load(Gazetteer.class, "definite-endings.tsv");
        for (ResourceFile.Row row : articles.rows()) {
            switch (row.columns().size() == 2 ? row.column(1) : "") {
                case "noun" -> definiteNounEndings.add(row.first());
                case "adjective" -> definiteAdjectiveEndings.add(row.first());
                default -> throw articles.error(row, "expected an ending and noun or adjective");
            }
        }
        readDemonyms();
        ResourceFile peopleFile = ResourceFile.load(Gazetteer.class, "peoples.tsv");
        for (ResourceFile.Row row : peopleFile.rows()) {
            if (row.columns().size() != 2 || !row.column(1).equals("-") && !byId.containsKey(row.column(1))) {
                throw peopleFile.error(row, "expected a form and a country id from countries.tsv, or -");
            }
            peoples.put(row.first(), row.column(1));
        }
        ResourceFile endings = ResourceFile.load(Gazetteer.class, "name-endings.tsv");
        for (ResourceFile.Row row : endings.rows()) {
            nameEndings.put(row.first(), EntityType.valueOf(row.column(1)));
        }
        longestName = byName.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer();
    }

    static Gazetteer instance() {
        return Holder.INSTANCE;
    }

    private void read(String file, EntityType type, boolean withAdjective) {
        ResourceFile resource = ResourceFile.load(Gazetteer.class, file);
        for (ResourceFile.Row row : resource.rows()) {
            if (row.columns().size() != (withAdjective ? 5 : 4)) {
                throw resource.error(row, "expected " + (withAdjective ? 5 : 4) + " columns");
            }
            Entity entity = new Entity(Entity.id(type, row.first()), row.column(1), row.column(2), type);
            if (byId.put(row.first(), entity) != null || !publicIds.add(entity.id())) {
                throw resource.error(row, "duplicate id " + row.first());
            }
            byName.put(key(row.column(1)), entity);
            byName.putIfAbsent(key(row.column(2)), entity);
            if (!row.column(3).equals("-")) {
                for (String other : row.column(3).split("\\|")) {
                    byName.putIfAbsent(key(other), entity);
                }
            }
            if (withAdjective && !row.column(4).equals("-")) {
                byAdjective.put(row.column(4), entity);
            }
        }
    }

    /** The lookup key of a name: its words in Cyrillic lower case, one space apart. */
    static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(SpellingKey.of(word));
        }
        return key.toString();
    }


    private void readDemonyms() {
        ResourceFile file = ResourceFile.load(Gazetteer.class, "demonym-endings.tsv");
        List<String> adjectiveEndings = new ArrayList<>();
        for (ResourceFile.Row row : file.rows()) {
            switch (row.columns().size() == 2 ? row.column(1) : "") {
                case "adjective" -> adjectiveEndings.add(row.first());
                case "people" -> demonymEndings.add(row.first());
                default -> throw file.error(row, "expected an ending and adjective or people");
            }
        }
        adjectiveEndings.sort((a, b) -> Integer.compare(b.length(), a.length()));
        demonymEndings.sort((a, b) -> Integer.compare(a.length(), b.length()));
        for (Map.Entry<String, Entity> adjective : byAdjective.entrySet()) {
            String lemma = adjective.getKey();
            String stem = adjectiveEndings.stream().filter(lemma::endsWith).findFirst()
                    .map(ending -> lemma.substring(0, lemma.length() - ending.length())).orElse(lemma);
            if (stem.length() >= 3) {
                byDemonymStem.putIfAbsent(stem, adjective.getValue());
            }
        }
    }

    /** The country whose people {@code lowerCaseWord} names (македонците, Албанка), or null. */
    Entity countryOfDemonym(String lowerCaseWord) {
        for (String ending : demonymEndings) {
            if (lowerCaseWord.endsWith(ending)) {
                Entity country = byDemonymStem.get(lowerCaseWord.substring(0, lowerCaseWord.length() - ending.length()));
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /** The type a name's ending suggests, or null. */
    EntityType typeByEnding(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        EntityType best = null;
        int bestLength = 0;
        for (Map.Entry<String, EntityType> ending : nameEndings.entrySet()) {
            if (lower.endsWith(ending.getKey()) && ending.getKey().length() > bestLength) {
                best = ending.getValue();
                bestLength = ending.getKey().length();
            }
        }
        return best;
    }
}
