package org.vesnik.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityType;

/**
 * The JSON form of {@link ArticleFacts}, documented in {@code docs/archive.md}: what the archive
 * stores of an annotation and what {@code vesnik show} prints, so the two cannot differ. Absent
 * values are left out rather than written as null.
 */
public final class FactsJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private FactsJson() {
    }

    public static byte[] encode(ArticleFacts facts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            write(json, facts);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Reads what {@link #encode} wrote. */
    public static ArticleFacts decode(byte[] bytes) {
        try {
            return read(MAPPER.readTree(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException("stored annotation cannot be read: " + e.getMessage(), e);
        }
    }

    public static void write(JsonGenerator json, ArticleFacts facts) throws IOException {
        json.writeStartObject();
        json.writeStringField("language", facts.language());
        json.writeNumberField("languageConfidence", facts.languageConfidence());
        json.writeArrayFieldStart("entities");
        for (Entity e : facts.entities()) {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("name", e.name());
            json.writeStringField("nameLatin", e.nameLatin());
            json.writeStringField("type", e.type().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeMentions(json, "mentions", facts.mentions());
        writeMentions(json, "references", facts.references());
        json.writeArrayFieldStart("quotations");
        for (Quote q : facts.quotes()) {
            writeQuote(json, q);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("claims");
        for (NumericClaim c : facts.claims()) {
            json.writeStartObject();
            writeSpanFields(json, c.quantity());
            json.writeStringField("kind", c.kind());
            json.writeNumberField("value", c.value());
            if (c.valueMax().isPresent()) {
                json.writeNumberField("valueMax", c.valueMax().get());
            }
            if (c.vague()) {
                json.writeBooleanField("vague", true);
            }
            writeOptional(json, "unit", c.unit());
            if (c.counted().isPresent()) {
                json.writeObjectFieldStart("counted");
                writeSpanFields(json, c.counted().get());
                writeOptional(json, "lemma", c.countedLemma());
                json.writeEndObject();
            }
            writeHedges(json, "hedges", c.hedges());
            writeHedges(json, "epistemic", c.epistemic());
            writeSpan(json, "source", c.source(), c.sourceId());
            writeSpan(json, "cue", c.cue(), Optional.empty());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("dates");
        for (DateExpression d : facts.dates()) {
            json.writeStartObject();
            writeSpanFields(json, d.span());
            json.writeStringField("kind", d.kind());
            writeOptional(json, "value", d.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** One quotation: its words' span fields, then speaker, cue, source (each with its entity) and whether indirect. */
    public static void writeQuote(JsonGenerator json, Quote q) throws IOException {
        json.writeStartObject();
        writeSpanFields(json, q.words());
        writeSpan(json, "speaker", q.speaker(), q.speakerId());
        writeSpan(json, "cue", q.cue(), Optional.empty());
        writeSpan(json, "source", q.source(), q.sourceId());
        json.writeBooleanField("indirect", q.indirect());
        json.writeEndObject();
    }

    public static byte[] encodeQuote(Quote quote) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            writeQuote(json, quote);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    public static Quote decodeQuote(byte[] bytes) {
        try {
            return readQuote(MAPPER.readTree(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException("stored quotation cannot be read: " + e.getMessage(), e);
        }
    }

    private static void writeMentions(JsonGenerator json, String name, List<Mention> mentions) throws IOException {
        json.writeArrayFieldStart(name);
        for (Mention m : mentions) {
            json.writeStartObject();
            writeSpanFields(json, m.span());
            json.writeStringField("type", m.type().name());
            json.writeStringField("entity", m.entity());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeHedges(JsonGenerator json, String name, List<Hedge> hedges) throws IOException {
        json.writeArrayFieldStart(name);
        for (Hedge h : hedges) {
            json.writeStartObject();
            writeSpanFields(json, h.span());
            json.writeStringField("meaning", h.meaning());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeSpan(JsonGenerator json, String name, Optional<Span> span, Optional<String> entity)
            throws IOException {
        if (span.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(name);
        writeSpanFields(json, span.get());
        writeOptional(json, "entity", entity);
        json.writeEndObject();
    }

    public static void writeSpanFields(JsonGenerator json, Span span) throws IOException {
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        json.writeNumberField("cleanStart", span.cleanStart());
        json.writeNumberField("cleanEnd", span.cleanEnd());
        json.writeStringField("text", span.text());
    }

    private static void writeOptional(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        }
    }

    private static ArticleFacts read(JsonNode node) {
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : node.path("entities")) {
            entities.add(new Entity(e.get("id").asText(), e.get("name").asText(), e.get("nameLatin").asText(),
                    EntityType.valueOf(e.get("type").asText())));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : node.path("quotations")) {
            quotes.add(readQuote(q));
        }
        List<NumericClaim> claims = new ArrayList<>();
        for (JsonNode c : node.path("claims")) {
            JsonNode counted = c.path("counted");
            claims.add(new NumericClaim(span(c), c.get("kind").asText(), c.get("value").asDouble(),
                    c.has("valueMax") ? Optional.of(c.get("valueMax").asDouble()) : Optional.empty(),
                    c.path("vague").asBoolean(false), text(c, "unit"), optionalSpan(c, "counted"), text(counted, "lemma"),
                    hedges(c.path("hedges")), hedges(c.path("epistemic")), optionalSpan(c, "source"),
                    text(c.path("source"), "entity"), optionalSpan(c, "cue")));
        }
        List<DateExpression> dates = new ArrayList<>();
        for (JsonNode d : node.path("dates")) {
            dates.add(new DateExpression(span(d), d.get("kind").asText(), text(d, "value")));
        }
        return new ArticleFacts(node.get("language").asText(), node.path("languageConfidence").asDouble(),
                mentions(node.path("mentions")), mentions(node.path("references")), entities, quotes, claims, dates);
    }

    private static Quote readQuote(JsonNode q) {
        return new Quote(span(q), optionalSpan(q, "speaker"), text(q.path("speaker"), "entity"), optionalSpan(q, "cue"),
                optionalSpan(q, "source"), text(q.path("source"), "entity"), q.path("indirect").asBoolean(false));
    }

    private static List<Mention> mentions(JsonNode array) {
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : array) {
            mentions.add(new Mention(span(m), EntityType.valueOf(m.get("type").asText()), m.get("entity").asText()));
        }
        return mentions;
    }

    private static List<Hedge> hedges(JsonNode array) {
        List<Hedge> hedges = new ArrayList<>();
        for (JsonNode h : array) {
            hedges.add(new Hedge(span(h), h.get("meaning").asText()));
        }
        return hedges;
    }

    private static Span span(JsonNode n) {
        return new Span(n.get("start").asInt(), n.get("end").asInt(), n.get("cleanStart").asInt(), n.get("cleanEnd").asInt(),
                n.get("text").asText());
    }

    private static Optional<Span> optionalSpan(JsonNode parent, String name) {
        JsonNode n = parent.get(name);
        return n == null || !n.isObject() ? Optional.empty() : Optional.of(span(n));
    }

    private static Optional<String> text(JsonNode parent, String name) {
        JsonNode n = parent.get(name);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }
}
