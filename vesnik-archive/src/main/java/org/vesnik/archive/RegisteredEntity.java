package org.vesnik.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vesnik.core.ner.EntityType;

/**
 * One entity of the archive's registry: its id (the same in every article), its name in
 * Cyrillic and in Latin letters, its type, the names it was seen under, how many articles name
 * it, and the dates of the first and last of them (of those with a date).
 */
public record RegisteredEntity(String id, String name, String nameLatin, EntityType type, List<String> aliases,
                               long articles, Optional<LocalDate> firstSeen, Optional<LocalDate> lastSeen) {

    public RegisteredEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameLatin, "nameLatin");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }
}
