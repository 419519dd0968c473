package org.vesnik.core.ner;

import java.util.Locale;

/**
 * A canonical entity: a stable id, its name in Cyrillic and in Latin letters, and its type. Every
 * id is the type and a key ({@code per:putin}, {@code loc:kp}, {@code per:марко-трајковски}): the
 * gazetteer's own id for a known entity, the name's spelling key for one it does not know.
 */
public record Entity(String id, String name, String nameLatin, EntityType type) {

    /** The id of the entity of {@code type} with {@code key}: {@code type:key}, in lower case. */
    public static String id(EntityType type, String key) {
        return type.name().toLowerCase(Locale.ROOT) + ":" + key.toLowerCase(Locale.ROOT);
    }

    /** The id of a name the gazetteer does not know: its type and its words' spelling keys ({@code per:марко-трајковски}). */
    public static String ofName(EntityType type, String name) {
        return id(type, Gazetteer.key(name).replace(' ', '-'));
    }

    /** Whether the id comes from the name alone, as for a name the gazetteer does not know. */
    public boolean identifiedByName() {
        return id.equals(ofName(type, name));
    }
}
