package org.vesnik.core.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vesnik.core.text.Layer;

/** The named-entity layer: mentions in text order, references, and the entities they name. Immutable. */
public final class NamedEntities {

    /** No names: the layer of a document the stage skipped. */
    public static final NamedEntities NONE = new NamedEntities(List.of(), List.of(), Map.of());

    public static final Layer<NamedEntities> LAYER = Layer.written("entities", new EntitiesFormat(), NONE);

    private final List<EntityMention> mentions;
    private final List<EntityReference> references;
    private final Map<String, Entity> entities;
    // counted once, so a writer that reports every entity does not walk every mention for each
    private final Map<String, Integer> mentionCounts = new HashMap<>();
    private final Map<String, Integer> referenceCounts = new HashMap<>();

    public NamedEntities(List<EntityMention> mentions, List<EntityReference> references, Map<String, Entity> entities) {
        this.mentions = List.copyOf(mentions);
        this.references = List.copyOf(references);
        this.entities = Map.copyOf(entities);
        for (EntityMention mention : this.mentions) {
            mentionCounts.merge(mention.entityId(), 1, Integer::sum);
        }
        for (EntityReference reference : this.references) {
            referenceCounts.merge(reference.entityId(), 1, Integer::sum);
        }
    }

    public List<EntityMention> mentions() {
        return mentions;
    }

    public List<EntityReference> references() {
        return references;
    }

    /** The entities mentioned or referred to, by id. */
    public Map<String, Entity> entities() {
        return entities;
    }

    /** How many mentions name {@code entityId}. */
    public int mentionCount(String entityId) {
        return mentionCounts.getOrDefault(entityId, 0);
    }

    /** How many references (adjectives, peoples) point at {@code entityId}. */
    public int referenceCount(String entityId) {
        return referenceCounts.getOrDefault(entityId, 0);
    }
}
