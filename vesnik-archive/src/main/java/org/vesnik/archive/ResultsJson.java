package org.vesnik.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of the archive's answers, documented in {@code docs/archive.md}: one object an
 * answer, on one line, absent values left out. The command line writes it, and the HTTP API
 * will write the same. The annotation inside is {@link FactsJson}'s.
 */
public final class ResultsJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ResultsJson() {
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static void object(Writer out, Body body) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        body.write(json);
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    public static void write(SearchResult result, Writer out) throws IOException {
        object(out, json -> {
            json.writeStringField("query", result.query());
            json.writeNumberField("total", result.total());
            json.writeNumberField("page", result.page());
            json.writeNumberField("pageSize", result.pageSize());
            writeHits(json, "hits", result.hits());
            json.writeObjectFieldStart("facets");
            for (Map.Entry<String, List<FacetCount>> facet : result.facets().entrySet()) {
                json.writeArrayFieldStart(facet.getKey());
                for (FacetCount count : facet.getValue()) {
                    json.writeStartObject();
                    json.writeStringField("value", count.value());
                    json.writeStringField("label", count.label());
                    json.writeNumberField("count", count.count());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
    }

    /** Articles like {@code id}. */
    public static void writeSimilar(String id, List<ArticleHit> hits, Writer out) throws IOException {
        object(out, json -> {
            json.writeStringField("id", id);
            writeHits(json, "similar", hits);
        });
    }

    private static void writeHits(JsonGenerator json, String name, List<ArticleHit> hits) throws IOException {
        json.writeArrayFieldStart(name);
        for (ArticleHit hit : hits) {
            json.writeStartObject();
            json.writeStringField("id", hit.id());
            optional(json, "title", hit.title());
            optional(json, "outlet", hit.outlet());
            time(json, "published", hit.published());
            optional(json, "url", hit.url());
            json.writeStringField("origin", hit.origin());
            json.writeNumberField("score", hit.score());
            Snippet snippet = hit.snippet();
            json.writeObjectFieldStart("snippet");
            json.writeNumberField("start", snippet.start());
            json.writeNumberField("end", snippet.end());
            json.writeStringField("text", snippet.text());
            json.writeArrayFieldStart("highlights");
            for (Highlight h : snippet.highlights()) {
                json.writeStartObject();
                json.writeNumberField("start", h.start());
                json.writeNumberField("end", h.end());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    public static void write(EntityPage page, Writer out) throws IOException {
        object(out, json -> {
            json.writeNumberField("total", page.total());
            json.writeNumberField("page", page.page());
            json.writeNumberField("pageSize", page.pageSize());
            json.writeArrayFieldStart("entities");
            for (RegisteredEntity e : page.entities()) {
                json.writeStartObject();
                json.writeStringField("id", e.id());
                json.writeStringField("name", e.name());
                json.writeStringField("nameLatin", e.nameLatin());
                json.writeStringField("type", e.type().name());
                json.writeArrayFieldStart("aliases");
                for (String alias : e.aliases()) {
                    json.writeString(alias);
                }
                json.writeEndArray();
                json.writeNumberField("articles", e.articles());
                day(json, "firstSeen", e.firstSeen());
                day(json, "lastSeen", e.lastSeen());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    public static void write(QuotePage page, Writer out) throws IOException {
        object(out, json -> {
            json.writeNumberField("total", page.total());
            json.writeNumberField("page", page.page());
            json.writeNumberField("pageSize", page.pageSize());
            json.writeArrayFieldStart("quotes");
            for (QuoteHit hit : page.quotes()) {
                json.writeStartObject();
                json.writeStringField("article", hit.article());
                optional(json, "title", hit.title());
                optional(json, "outlet", hit.outlet());
                time(json, "published", hit.published());
                json.writeFieldName("quote");
                FactsJson.writeQuote(json, hit.quote());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    public static void write(StoredArticle article, Writer out) throws IOException {
        object(out, json -> {
            json.writeStringField("id", article.id());
            json.writeNumberField("version", article.version());
            json.writeStringField("origin", article.origin());
            optional(json, "url", article.url());
            optional(json, "title", article.title());
            optional(json, "outlet", article.outlet());
            optional(json, "author", article.author());
            time(json, "published", article.published());
            time(json, "modified", article.modified());
            optional(json, "lead", article.lead());
            json.writeStringField("text", article.text());
            json.writeFieldName("annotation");
            FactsJson.write(json, article.facts());
        });
    }

    private static void optional(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        }
    }

    private static void time(JsonGenerator json, String name, Optional<OffsetDateTime> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get().toString());
        }
    }

    private static void day(JsonGenerator json, String name, Optional<LocalDate> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get().toString());
        }
    }
}
