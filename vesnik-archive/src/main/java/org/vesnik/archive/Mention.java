package org.vesnik.archive;

import java.util.Objects;
import org.vesnik.core.ner.EntityType;

/** A name or a reference in an article, its type, and the archive's id of the entity it names. */
public record Mention(Span span, EntityType type, String entity) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entity, "entity");
    }

    Mention withEntity(String id) {
        return new Mention(span, type, id);
    }
}
