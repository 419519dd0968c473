package org.vesnik.core.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Span;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.text.Stage;
import org.vesnik.core.translit.RomanizationSystem;
import org.vesnik.core.translit.Romanizer;
import org.vesnik.core.translit.SpellingKey;
import org.vesnik.core.view.SentenceTokens;
import org.vesnik.core.view.TokenView;

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

    private static final String INSTITUTION = "institution";

    private static final Romanizer LATIN = Romanizer.of(RomanizationSystem.BGN_2013);

    private final Gazetteer gazetteer = Gazetteer.instance();
    private final NameWords words = new NameWords(gazetteer);
    private final NameTypes types = new NameTypes(gazetteer, words);
    private final NameSpans spans = new NameSpans(gazetteer, words, types);
    private final RuleBook book = RuleBook.load(EntityRecognizer.class);

    /** A word of a sentence where a name may start. */
    private record At(SentenceTokens view, int i) {
    }

    private final Rule<At, FoundName> knownNames = book.rule(NameWords.KNOWN_NAME,
            "the longest name the gazetteer knows, in either script (people.tsv, organizations.tsv, countries.tsv, places.tsv)",
            "the known entity and its type", at -> Optional.ofNullable(words.knownName(at.view(), at.i())));

    private final Rule<At, FoundName> institutions = book.rule(INSTITUTION,
            "a capitalised organisation word inside a sentence, with the words that say which (the connectors of name-connectors.txt and the words after them)",
            "ORG", at -> {
                int end = spans.institutionEnd(at.view(), at.i());
                return end > at.i() ? Optional.of(new FoundName(at.i(), end, EntityType.ORG, null, INSTITUTION)) : Optional.empty();
            });

    /**
     * The rules that find and type names, in the order they are tried: known names, institutions,
     * capitalised words before a lower-case tail, then the type of other capitalised words.
     */
    public List<Rule<?, ?>> rules() {
        List<Rule<?, ?>> all = new ArrayList<>(List.of(knownNames, institutions));
        all.addAll(spans.tails().rules());
        all.addAll(types.rules().rules());
        return List.copyOf(all);
    }

    @Override
    public List<Layer<?>> needs() {
        return TokenView.LAYERS;
    }

    @Override
    public List<Layer<?>> adds() {
        return List.of(NamedEntities.LAYER);
    }

    @Override
    public boolean macedonianOnly() {
        return true;
    }

    @Override
    public void annotate(Document document) {
        TokenView tokenView = TokenView.of(document);
        Reading reading = new Reading(new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>(),
                new SeenNames(new HashSet<>(), new HashSet<>()));
        for (int s = 0; s < tokenView.sentences().size(); s++) {
            readSentence(tokenView.sentence(s), reading);
        }
        List<EntityMention> mentions = new ArrayList<>();
        link(document, tokenView.clean(), tokenView.tokens(), reading.names(), mentions, reading.entities());
        document.add(NamedEntities.LAYER, new NamedEntities(mentions, reading.references(), reading.entities()));
    }

    /** What the reading of a document has found so far: names, references, their entities, and the words of names. */
    private record Reading(List<FoundName> names, List<EntityReference> references, Map<String, Entity> entities, SeenNames seen) {

        /** Word {@code i} refers to {@code entity} without naming it. */
        void refer(SentenceTokens view, int i, Entity entity) {
            TextSpan words = view.words(i, i + 1);
            references.add(new EntityReference(words.span(), words.text(), entity.id()));
            entities.putIfAbsent(entity.id(), entity);
        }
    }

    private void readSentence(SentenceTokens view, Reading reading) {
        List<FoundName> here = new ArrayList<>();
        int i = 0;
        while (i < view.size()) {
            i = readAt(view, i, here, reading);
        }
        for (FoundName f : here) {
            reading.names().add(new FoundName(view.first() + f.from(), view.first() + f.to(), f.type(), f.known(), f.rule()));
            boolean person = f.type() == EntityType.PER && f.to() - f.from() > 1;
            for (int k = f.from(); k < f.to(); k++) {
                reading.seen().nameWords().add(view.key(k));
                if (person) {
                    reading.seen().personWords().add(view.key(k));
                }
            }
        }
    }

    /**
     * What starts at word {@code i}: a known name, a people's name (a reference), an institution,
     * a run of capitalised words, or a country's adjective (a reference); the index after it.
     */
    private int readAt(SentenceTokens view, int i, List<FoundName> here, Reading reading) {
        At at = new At(view, i);
        Optional<FoundName> name = knownNames.apply(at);
        if (name.isEmpty() && refersToPeople(view, i, reading)) {
            return i + 1;
        }
        if (name.isEmpty()) {
            name = institutions.apply(at);
        }
        if (name.isEmpty()) {
            name = capitalisedName(view, i, here, reading.seen());
        }
        if (name.isPresent()) {
            here.add(name.get());
            return name.get().to();
        }
        Entity country = gazetteer.byAdjective.get(view.lemma(i));
        if (country != null && view.tag(i) == Upos.ADJ) {
            reading.refer(view, i, country);
        }
        return i + 1;
    }

    /** Whether word {@code i} names a people (Македонците, Србите): a reference to its country, if it has one. */
    private boolean refersToPeople(SentenceTokens view, int i, Reading reading) {
        String people = gazetteer.peoples.get(view.key(i));
        if (people != null && view.isCapitalisedWord(i)) {
            if (!people.equals("-")) {
                reading.refer(view, i, gazetteer.byId.get(people));
            }
            return true;
        }
        Entity demonym = words.demonym(view, i);
        if (demonym != null) {
            reading.refer(view, i, demonym);
            return true;
        }
        return false;
    }

    /** The name a run of capitalised words from {@code i} makes, where one may start there. */
    private Optional<FoundName> capitalisedName(SentenceTokens view, int i, List<FoundName> here, SeenNames seen) {
        if (!startsCapitalisedName(view, i, seen)) {
            return Optional.empty();
        }
        return Optional.ofNullable(spans.capitalisedRun(view, i, here.isEmpty() ? null : here.get(here.size() - 1), seen));
    }

    /**
     * Whether a name may start at the capitalised word {@code i}. Inside a sentence any may (a
     * capitalised си or ни inside a sentence is a name: Си Џинпинг); at its start, not a function
     * word, a title (Фудбалерот Елиф Елмас), an organisation word before a name (Компанијата
     * Витаминка) or an adjective before a first name (Старата Сирма), and only a word the tagger
     * took for a name, one before a capital, one seen in a name, an unknown one with a name's
     * ending, or the adjective of an organisation's name. Never a capitalised common noun.
     */
    private boolean startsCapitalisedName(SentenceTokens view, int i, SeenNames seen) {
        if (!view.isCapitalisedWord(i) || words.isCommonNoun(view, i)) {
            return false;
        }
        if (i > NameWords.firstWord(view)) {
            return true;
        }
        return !(NameWords.isFunctionWord(view.tag(i)) || words.isTitle(view, i) || words.isOrganisationWordBeforeName(view, i)
                || words.isAdjectiveBeforeFirstName(view, i))
                && (NameWords.startsName(view, i) || seen.nameWords().contains(view.key(i)) || words.unknownNameAtStart(view, i)
                || spans.organisationTail(view, i) > i);
    }

    /** Gives every name an entity: the known one, the full name a short one is part of, or its own. */
    private void link(Document document, String text, TokenList tokens, List<FoundName> found, List<EntityMention> mentions,
                      Map<String, Entity> entities) {
        // full person names by each of their words, to link Путин and Ким to them
        Map<String, Entity> byWord = new HashMap<>();
        List<Entity> resolved = new ArrayList<>();
        for (FoundName f : found) {
            Entity entity = f.known();
            if (entity == null && f.type() == EntityType.PER && f.to() - f.from() > 1) {
                entity = ownEntity(nameOf(text, tokens, f), EntityType.PER);
            }
            resolved.add(entity);
            if (entity != null && entity.type() == EntityType.PER) {
                for (String word : entity.name().split("\\s+")) {
                    byWord.putIfAbsent(SpellingKey.of(word), entity);
                }
            }
        }
        for (int k = 0; k < found.size(); k++) {
            FoundName f = found.get(k);
            Entity entity = resolved.get(k);
            String name = nameOf(text, tokens, f);
            if (entity == null && f.to() - f.from() == 1 && f.type() == EntityType.PER) {
                entity = byWord.get(SpellingKey.of(name));
            }
            if (entity == null) {
                entity = ownEntity(name, f.type());
            }
            entities.putIfAbsent(entity.id(), entity);
            Span span = tokens.span(f.from(), f.to());
            mentions.add(new EntityMention(span, document.text(span), f.type(), entity.id(), f.rule()));
        }
    }

    private static String nameOf(String text, TokenList tokens, FoundName f) {
        return text.substring(tokens.cleanStart(f.from()), tokens.cleanEnd(f.to() - 1));
    }

    /** An entity the gazetteer does not know: its id is its type and its name (per:марко-трајковски). */
    private static Entity ownEntity(String name, EntityType type) {
        return new Entity(Entity.ofName(type, name), name, LATIN.romanize(name), type);
    }
}
