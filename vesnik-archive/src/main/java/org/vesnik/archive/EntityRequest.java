package org.vesnik.archive;

import java.util.Objects;
import java.util.Optional;
import org.vesnik.core.ner.EntityType;

/** A look-up in the entity registry: names to match (empty: every entity), a type, and a page (from 1). */
public record EntityRequest(String query, Optional<EntityType> type, int page, int pageSize) {

    public EntityRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(type, "type");
        Paging.check(page, pageSize);
    }

    /** The first twenty entities matching {@code query}, of any type. */
    public static EntityRequest of(String query) {
        return new EntityRequest(query, Optional.empty(), 1, 20);
    }

    public EntityRequest withType(EntityType entityType) {
        return new EntityRequest(query, Optional.of(entityType), page, pageSize);
    }

    public EntityRequest withPage(int number, int size) {
        return new EntityRequest(query, type, number, size);
    }
}
