package org.vesnik.core.ner;

import java.util.List;
import java.util.Map;

/** The named-entity layer: mentions in text order, adjective references, and the entities they name. */
public record NamedEntities(List<EntityMention> mentions, List<EntityReference> references, Map<String, Entity> entities) {

    public NamedEntities {
        mentions = List.copyOf(mentions);
        references = List.copyOf(references);
        entities = Map.copyOf(entities);
    }

    /** How many mentions name {@code entityId}. */
    public long mentionCount(String entityId) {
        return mentions.stream().filter(m -> m.entityId().equals(entityId)).count();
    }
}
