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
}
