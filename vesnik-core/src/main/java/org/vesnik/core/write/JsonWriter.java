package org.vesnik.core.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import org.vesnik.core.claims.Claim;
import org.vesnik.core.claims.Qualifier;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.clean.Repair;
import org.vesnik.core.decode.DecodedText;
import org.vesnik.core.langid.DocumentLanguage;
import org.vesnik.core.langid.LanguageGuess;
import org.vesnik.core.langid.ParagraphLanguage;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityMention;
import org.vesnik.core.ner.EntityReference;
import org.vesnik.core.ner.NamedEntities;
import org.vesnik.core.morph.Morphology;
import org.vesnik.core.quotes.Quotation;
import org.vesnik.core.quotes.Quotations;
import org.vesnik.core.quotes.Statement;
import org.vesnik.core.segment.QuotationMarks;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.Token;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Span;
import org.vesnik.core.time.DateMention;
import org.vesnik.core.text.TextSpan;

/**
 * The annotation as JSON, documented in {@code docs/annotation-format.md}: one object a
 * document, on one line unless pretty-printed (so several documents make JSON Lines).
 */
public final class JsonWriter implements DocumentWriter {

    private final JsonFactory factory = JsonFactory.builder().build();
    private final boolean pretty;

    public JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    @Override
    public void write(Document document, int ordinal, boolean ofMany, Writer out) throws IOException {
        JsonGenerator json = factory.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty && !ofMany) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        String original = document.original();
        CleanText clean = document.get(CleanText.LAYER);
        List<Token> tokens = document.get(TokenList.LAYER);
        Morphology morphology = document.has(Morphology.LAYER) ? document.get(Morphology.LAYER) : null;

        json.writeStartObject();
        if (document.source().isPresent()) {
            json.writeStringField("source", document.source().get());
        }
        if (document.has(DecodedText.LAYER)) {
            writeEncoding(json, document.get(DecodedText.LAYER));
        }
        json.writeStringField("text", original);
        json.writeStringField("cleanText", clean.text());
        json.writeArrayFieldStart("repairs");
        for (Repair repair : clean.repairs()) {
            json.writeStartObject();
            json.writeStringField("kind", repair.kind().label());
            writeSpan(json, repair.span());
            json.writeStringField("original", repair.originalText());
            json.writeStringField("cleaned", repair.cleanedText());
            json.writeEndObject();
        }
        json.writeEndArray();

        if (document.has(DocumentLanguage.LAYER)) {
            writeLanguage(json, document.get(DocumentLanguage.LAYER));
        }

        json.writeArrayFieldStart("sentences");
        int index = 0;
        for (Sentence sentence : document.get(Sentence.LAYER)) {
            json.writeStartObject();
            json.writeNumberField("index", index++);
            writeSpan(json, sentence.span());
            json.writeStringField("text", original.substring(sentence.start(), sentence.end()));
            json.writeArrayFieldStart("tokens");
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                writeToken(json, original, clean.text(), tokens.get(t), t, morphology);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();

        if (document.has(QuotationMarks.LAYER)) {
            writeQuotationMarks(json, document.get(QuotationMarks.LAYER), document.get(TokenList.LAYER));
        }
        if (document.has(NamedEntities.LAYER)) {
            writeEntities(json, document.get(NamedEntities.LAYER));
        }
        if (document.has(Quotations.LAYER)) {
            writeQuotations(json, document.get(Quotations.LAYER));
        }
        if (document.has(DateMention.LAYER)) {
            writeDates(json, document.get(DateMention.LAYER));
        }
        if (document.has(Claim.LAYER)) {
            writeClaims(json, document.get(Claim.LAYER));
        }
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private static void writeLanguage(JsonGenerator json, DocumentLanguage language) throws IOException {
        json.writeObjectFieldStart("language");
        writeGuess(json, language.guess());
        if (language.forced() != null) {
            json.writeStringField("forced", language.forced());
        }
        if (language.paragraphs().size() > 1) {
            json.writeArrayFieldStart("paragraphs");
            for (ParagraphLanguage paragraph : language.paragraphs()) {
                json.writeStartObject();
                writeSpan(json, paragraph.span());
                writeGuess(json, paragraph.language());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeGuess(JsonGenerator json, LanguageGuess guess) throws IOException {
        json.writeStringField("code", guess.code());
        json.writeStringField("script", guess.script());
        json.writeNumberField("confidence", Math.round(guess.confidence() * 1000) / 1000.0);
    }

    private static void writeEncoding(JsonGenerator json, DecodedText decoded) throws IOException {
        json.writeObjectFieldStart("encoding");
        json.writeStringField("charset", decoded.charset());
        json.writeBooleanField("byteOrderMark", decoded.byteOrderMark());
        json.writeArrayFieldStart("mojibakeRepairs");
        for (DecodedText.MojibakeRepair repair : decoded.mojibakeRepairs()) {
            json.writeStartObject();
            json.writeNumberField("line", repair.line());
            json.writeStringField("misreadAs", repair.misreadAs());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeToken(JsonGenerator json, String original, String cleaned, Token token, int index,
                                   Morphology morphology) throws IOException {
        json.writeStartObject();
        json.writeNumberField("index", index);
        json.writeStringField("text", original.substring(token.start(), token.end()));
        int length = token.end() - token.start();
        boolean unchanged = token.cleanEnd() - token.cleanStart() == length
                && original.regionMatches(token.start(), cleaned, token.cleanStart(), length);
        if (!unchanged) {
            json.writeStringField("cleanText", cleaned.substring(token.cleanStart(), token.cleanEnd()));
        }
        json.writeStringField("kind", token.kind().label());
        if (morphology != null) {
            json.writeStringField("lemma", morphology.lemma(index));
            json.writeStringField("upos", morphology.upos(index).name());
        }
        writeSpan(json, token.span());
        json.writeBooleanField("spaceAfter", ConlluWriter.spaceAfter(original, token));
        json.writeEndObject();
    }

    private static void writeQuotations(JsonGenerator json, Quotations quotations) throws IOException {
        json.writeArrayFieldStart("quotations");
        for (Quotation quotation : quotations.quotations()) {
            json.writeStartObject();
            writeTextSpanFields(json, quotation.quote());
            writeTextSpan(json, "speaker", quotation.speaker());
            writeTextSpan(json, "cue", quotation.cue());
            writeTextSpan(json, "source", quotation.source());
            writeTextSpan(json, "about", quotation.about());
            json.writeStringField("attribution", quotation.attribution());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("titles");
        for (TextSpan title : quotations.titles()) {
            json.writeStartObject();
            writeTextSpanFields(json, title);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("statements");
        for (Statement statement : quotations.statements()) {
            json.writeStartObject();
            writeTextSpan(json, "speaker", statement.speaker());
            writeTextSpan(json, "cue", statement.cue());
            writeTextSpan(json, "content", statement.content());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code name: {start, end, cleanStart, cleanEnd, text, entity?}}, or {@code name: null}. */
    private static void writeTextSpan(JsonGenerator json, String name, TextSpan span) throws IOException {
        if (span == null) {
            json.writeNullField(name);
            return;
        }
        json.writeObjectFieldStart(name);
        writeTextSpanFields(json, span);
        json.writeEndObject();
    }

    private static void writeTextSpanFields(JsonGenerator json, TextSpan span) throws IOException {
        writeSpan(json, span.span());
        json.writeStringField("text", span.text());
        if (span.entity() != null) {
            json.writeStringField("entity", span.entity());
        }
    }

    private static void writeEntities(JsonGenerator json, NamedEntities entities) throws IOException {
        json.writeArrayFieldStart("entities");
        for (EntityMention mention : entities.mentions()) {
            json.writeStartObject();
            writeSpan(json, mention.span());
            json.writeStringField("text", mention.text());
            json.writeStringField("type", mention.type().name());
            json.writeStringField("entity", mention.entityId());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entityReferences");
        for (EntityReference reference : entities.references()) {
            json.writeStartObject();
            writeSpan(json, reference.span());
            json.writeStringField("text", reference.text());
            json.writeStringField("entity", reference.entityId());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("entityIndex");
        for (Entity entity : entities.entities().values().stream()
                .sorted(Comparator.comparing(Entity::id)).toList()) {
            json.writeObjectFieldStart(entity.id());
            json.writeStringField("name", entity.name());
            json.writeStringField("nameLatin", entity.nameLatin());
            json.writeStringField("type", entity.type().name());
            json.writeNumberField("mentions", entities.mentionCount(entity.id()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeClaims(JsonGenerator json, List<Claim> claims) throws IOException {
        json.writeArrayFieldStart("claims");
        for (Claim claim : claims) {
            json.writeStartObject();
            writeTextSpanFields(json, claim.quantity());
            json.writeStringField("kind", claim.kind());
            json.writeNumberField("value", claim.value());
            if (claim.valueMax() != null) {
                json.writeNumberField("valueMax", claim.valueMax());
            }
            if (claim.vague()) {
                json.writeBooleanField("vague", true);
            }
            if (claim.unit() != null) {
                json.writeStringField("unit", claim.unit());
            }
            if (claim.counted() != null) {
                json.writeObjectFieldStart("counted");
                writeTextSpanFields(json, claim.counted());
                json.writeStringField("lemma", claim.countedLemma());
                json.writeEndObject();
            }
            writeQualifiers(json, "hedges", claim.hedges());
            writeQualifiers(json, "epistemic", claim.epistemic());
            writeTextSpan(json, "source", claim.source());
            writeTextSpan(json, "cue", claim.cue());
            json.writeObjectFieldStart("sentence");
            json.writeNumberField("start", claim.sentenceStart());
            json.writeNumberField("end", claim.sentenceEnd());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeQualifiers(JsonGenerator json, String name, List<Qualifier> qualifiers) throws IOException {
        json.writeArrayFieldStart(name);
        for (Qualifier qualifier : qualifiers) {
            json.writeStartObject();
            writeTextSpanFields(json, qualifier.phrase());
            json.writeStringField("meaning", qualifier.meaning());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeDates(JsonGenerator json, List<DateMention> dates) throws IOException {
        json.writeArrayFieldStart("dates");
        for (DateMention date : dates) {
            json.writeStartObject();
            writeSpan(json, date.span());
            json.writeStringField("text", date.text());
            json.writeStringField("kind", date.kind());
            if (date.value() != null) {
                json.writeStringField("value", date.value());
            }
            json.writeBooleanField("resolved", date.resolved());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeQuotationMarks(JsonGenerator json, QuotationMarks marks, TokenList tokens)
            throws IOException {
        json.writeArrayFieldStart("quotationMarks");
        for (QuotationMarks.Pair pair : marks.pairs()) {
            json.writeStartObject();
            json.writeNumberField("openToken", pair.openToken());
            json.writeNumberField("closeToken", pair.closeToken());
            writeSpan(json, tokens.between(pair.openToken(), pair.closeToken()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("unpairedQuotationMarks");
        for (int index : marks.unpaired()) {
            json.writeNumber(index);
        }
        json.writeEndArray();
    }

    private static void writeSpan(JsonGenerator json, Span span) throws IOException {
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        json.writeNumberField("cleanStart", span.cleanStart());
        json.writeNumberField("cleanEnd", span.cleanEnd());
    }
}
