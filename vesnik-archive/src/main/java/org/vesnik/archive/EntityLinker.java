package org.vesnik.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityType;

/**
 * Links names across articles, on top of what the annotation links within one. The annotation
 * already gives a person the same id in every article where their full name or a known short
 * name appears ({@code per:mickoski}, {@code per:kim-jong-un}, {@code per:марко-трајковски} in either
 * script). A surname alone in an article without the full name gets an id of its own
 * ({@code per:трајковски}); the archive links it to the person when it knows exactly one
 * person of that surname, and leaves it alone when it knows none or several.
 */
public final class EntityLinker {

    /** The people an archive knows, by surname. */
    public interface KnownPeople {

        /**
         * Up to {@code limit} distinct people with two names or more whose last name folds (by
         * {@link NameFolding}) to {@code surname}.
         */
        List<Entity> withSurname(String surname, int limit);
    }

    public ArticleFacts link(ArticleFacts facts, KnownPeople people) {
        Map<String, Entity> replacements = new HashMap<>();
        for (Entity entity : facts.entities()) {
            if (entity.type() != EntityType.PER || !entity.identifiedByName()) {
                continue;
            }
            List<String> words = NameFolding.INSTANCE.words(entity.name());
            if (words.size() != 1) {
                continue;
            }
            List<Entity> candidates = people.withSurname(words.get(0), 2);
            if (candidates.size() == 1) {
                replacements.put(entity.id(), candidates.get(0));
            }
        }
        return facts.relinked(replacements);
    }

    /** The folded surname of a person of two names or more, the key {@link KnownPeople} is asked by; else empty. */
    public static Optional<String> surnameKey(Entity entity) {
        if (entity.type() != EntityType.PER) {
            return Optional.empty();
        }
        List<String> words = NameFolding.INSTANCE.words(entity.name());
        return words.size() < 2 ? Optional.empty() : Optional.of(words.get(words.size() - 1));
    }
}
