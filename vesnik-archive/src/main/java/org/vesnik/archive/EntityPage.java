package org.vesnik.archive;

import java.util.List;

/** A page of registry entities, most articles first, and how many entities matched in all. */
public record EntityPage(long total, int page, int pageSize, List<RegisteredEntity> entities) {

    public EntityPage {
        entities = List.copyOf(entities);
    }
}
