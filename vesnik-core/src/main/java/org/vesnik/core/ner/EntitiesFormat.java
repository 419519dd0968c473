package org.vesnik.core.ner;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.LayerFormat;
import org.vesnik.core.text.TextOutput;

/**
 * The entities layer in the output: {@code entities}, {@code entityReferences} and
 * {@code entityIndex} in JSON, one line an entity in the text summary, most mentioned first.
 */
final class EntitiesFormat implements LayerFormat<NamedEntities> {

    @Override
    public void json(NamedEntities entities, JsonOutput out) throws IOException {
        JsonGenerator json = out.json();
        out.objects("entities", entities.mentions(), mention -> {
            out.span(mention.span());
            json.writeStringField("text", mention.text());
            json.writeStringField("type", mention.type().name());
            json.writeStringField("entity", mention.entityId());
            out.rule(mention.rule());
        });
        out.objects("entityReferences", entities.references(), reference -> {
            out.span(reference.span());
            json.writeStringField("text", reference.text());
            json.writeStringField("entity", reference.entityId());
        });
        json.writeObjectFieldStart("entityIndex");
        for (Entity entity : entities.entities().values().stream().sorted(Comparator.comparing(Entity::id)).toList()) {
            json.writeObjectFieldStart(entity.id());
            json.writeStringField("name", entity.name());
            json.writeStringField("nameLatin", entity.nameLatin());
            json.writeStringField("type", entity.type().name());
            json.writeNumberField("mentions", entities.mentionCount(entity.id()));
            json.writeNumberField("references", entities.referenceCount(entity.id()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * {@code NER=B-PER} on a name's first token, {@code NER=I-PER} on the others, {@code NER=O}
     * outside names, as CLASSLA writes entities in CoNLL-U.
     */
    @Override
    public Optional<List<String>> conlluMisc(NamedEntities entities, Document document) {
        TokenList tokens = document.get(TokenList.LAYER);
        List<EntityMention> mentions = entities.mentions();
        int[] mentionOf = tokens.spanOfEachToken(mentions.stream().mapToInt(EntityMention::start).toArray(),
                mentions.stream().mapToInt(EntityMention::end).toArray());
        List<String> items = new ArrayList<>(mentionOf.length);
        for (int t = 0; t < mentionOf.length; t++) {
            int m = mentionOf[t];
            items.add(m < 0 ? "NER=O" : (t > 0 && mentionOf[t - 1] == m ? "NER=I-" : "NER=B-") + mentions.get(m).type().name());
        }
        return Optional.of(items);
    }

    /** The rules that typed the entity's mentions, each once, in the order of the mentions; null for none. */
    private static String rulesOf(NamedEntities entities, Entity entity) {
        String rules = entities.mentions().stream().filter(m -> m.entityId().equals(entity.id())).map(EntityMention::rule)
                .distinct().collect(Collectors.joining(", "));
        return rules.isEmpty() ? null : rules;
    }

    @Override
    public void text(NamedEntities entities, TextOutput out) throws IOException {
        List<Entity> byMentions = entities.entities().values().stream()
                .sorted(Comparator.comparingInt((Entity e) -> -entities.mentionCount(e.id())).thenComparing(Entity::name))
                .toList();
        for (Entity entity : byMentions) {
            int mentions = entities.mentionCount(entity.id());
            int references = entities.referenceCount(entity.id());
            out.line("entity %-4s %s (%s): %d mention%s%s%s", entity.type(), entity.name(), entity.nameLatin(), mentions,
                    mentions == 1 ? "" : "s", references == 0 ? "" : ", " + references + " reference" + (references == 1 ? "" : "s"),
                    out.rule("types", rulesOf(entities, entity)));
        }
    }
}
