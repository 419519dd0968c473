package org.vesnik.archive.lucene;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.vesnik.archive.EntityLinker;
import org.vesnik.archive.RegisteredEntity;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityType;
import org.vesnik.core.translit.Cyrillizer;

/**
 * What the registry knows of one entity, and its entity document. Entries merge so that the
 * order articles arrive in decides names and aliases the same way however they are batched:
 * the first name written natively in Cyrillic wins over one transliterated from Latin, aliases
 * are the first {@value #MAX_ALIASES} distinct ones seen, and dates are a minimum and a maximum.
 */
record RegistryEntry(String id, String name, String nameLatin, boolean nativeName, EntityType type, List<String> aliases,
                     Optional<LocalDate> firstSeen, Optional<LocalDate> lastSeen) {

    /** Enough for every spelling and short form of a name; more would be noise. */
    static final int MAX_ALIASES = 32;

    RegistryEntry {
        Objects.requireNonNull(id, "id");
        aliases = List.copyOf(aliases);
    }

    private static final class Latin {
        static final Cyrillizer CYRILLIZER = Cyrillizer.bestEffort();
    }

    /** An entity as one article shows it: its names there and the article's day. */
    static RegistryEntry seen(Entity entity, List<String> aliases, Optional<LocalDate> day) {
        boolean latin = entity.name().codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        String name = latin ? Latin.CYRILLIZER.cyrillize(entity.name()) : entity.name();
        return new RegistryEntry(entity.id(), name, entity.nameLatin(), !latin, entity.type(),
                firstDistinct(aliases, List.of()), day, day);
    }

    /** This entry, then {@code later}: what the registry knows after both. */
    RegistryEntry merge(RegistryEntry later) {
        boolean keepNames = nativeName || !later.nativeName;
        return new RegistryEntry(id, keepNames ? name : later.name, keepNames ? nameLatin : later.nameLatin,
                nativeName || later.nativeName, type, firstDistinct(aliases, later.aliases),
                min(firstSeen, later.firstSeen), max(lastSeen, later.lastSeen));
    }

    Entity entity() {
        return new Entity(id, name, nameLatin, type);
    }

    RegisteredEntity withArticles(long articles) {
        return new RegisteredEntity(id, name, nameLatin, type, aliases, articles, firstSeen, lastSeen);
    }

    Document document() {
        Document doc = new Document();
        doc.add(new StringField(ArchiveSchema.KIND, ArchiveSchema.KIND_ENTITY, Field.Store.NO));
        doc.add(new StringField(ArchiveSchema.ENTITY_ID, id, Field.Store.YES));
        doc.add(new StringField(ArchiveSchema.ENTITY_TYPE, type.name(), Field.Store.YES));
        doc.add(new StoredField(ArchiveSchema.ENTITY_NAME, name));
        doc.add(new StoredField(ArchiveSchema.ENTITY_LATIN, nameLatin));
        doc.add(new StoredField(ArchiveSchema.ENTITY_NATIVE, nativeName ? 1 : 0));
        EntityLinker.surnameKey(entity()).ifPresent(surname ->
                doc.add(new StringField(ArchiveSchema.ENTITY_SURNAME, surname, Field.Store.NO)));
        Set<String> names = new LinkedHashSet<>(List.of(name, nameLatin));
        names.addAll(aliases);
        for (String n : names) {
            doc.add(new TextField(ArchiveSchema.ENTITY_NAMES, n, Field.Store.NO));
        }
        for (String alias : aliases) {
            doc.add(new StoredField(ArchiveSchema.ENTITY_ALIAS, alias));
        }
        firstSeen.ifPresent(d -> doc.add(new StoredField(ArchiveSchema.ENTITY_FIRST, d.toEpochDay())));
        lastSeen.ifPresent(d -> doc.add(new StoredField(ArchiveSchema.ENTITY_LAST, d.toEpochDay())));
        return doc;
    }

    static RegistryEntry of(Document doc) {
        List<String> aliases = new ArrayList<>();
        for (IndexableField alias : doc.getFields(ArchiveSchema.ENTITY_ALIAS)) {
            aliases.add(alias.stringValue());
        }
        return new RegistryEntry(doc.get(ArchiveSchema.ENTITY_ID), doc.get(ArchiveSchema.ENTITY_NAME),
                doc.get(ArchiveSchema.ENTITY_LATIN), doc.getField(ArchiveSchema.ENTITY_NATIVE).numericValue().intValue() == 1,
                EntityType.valueOf(doc.get(ArchiveSchema.ENTITY_TYPE)), aliases, day(doc, ArchiveSchema.ENTITY_FIRST),
                day(doc, ArchiveSchema.ENTITY_LAST));
    }

    private static Optional<LocalDate> day(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(f.numericValue().longValue()));
    }

    private static List<String> firstDistinct(List<String> first, List<String> then) {
        Set<String> kept = new LinkedHashSet<>();
        for (List<String> list : List.of(first, then)) {
            for (String alias : list) {
                if (kept.size() == MAX_ALIASES) {
                    return new ArrayList<>(kept);
                }
                kept.add(alias);
            }
        }
        return new ArrayList<>(kept);
    }

    private static Optional<LocalDate> min(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || !b.get().isBefore(a.get()) ? a : b;
    }

    private static Optional<LocalDate> max(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || !b.get().isAfter(a.get()) ? a : b;
    }
}
