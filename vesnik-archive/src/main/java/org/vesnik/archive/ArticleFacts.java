package org.vesnik.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.vesnik.core.claims.Claim;

import org.vesnik.core.claims.Qualifier;
import org.vesnik.core.langid.DocumentLanguage;

import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityMention;

import org.vesnik.core.ner.EntityReference;
import org.vesnik.core.ner.NamedEntities;
import org.vesnik.core.quotes.Quotation;

import org.vesnik.core.quotes.Quotations;
import org.vesnik.core.quotes.Statement;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.time.DateMention;

/**
 * What the archive keeps of an article's annotation: its language, the names in it and the
 * entities they name, its quotations, numeric claims and dates, all with offsets into the
 * original text. This is the one class that reads {@code vesnik-core}'s annotation layers, so a
 * change to their shapes is adapted here and nowhere else.
 */
public record ArticleFacts(String language, double languageConfidence, List<Mention> mentions,
                           List<Mention> references, List<Entity> entities, List<Quote> quotes,
                           List<NumericClaim> claims, List<DateExpression> dates) {

    public ArticleFacts {
        Objects.requireNonNull(language, "language");
        mentions = List.copyOf(mentions);
        references = List.copyOf(references);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        dates = List.copyOf(dates);
    }

    /** An article indexed without annotation: only its language. */
    public static ArticleFacts none(String language) {
        return new ArticleFacts(language, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The facts of a document the pipeline has annotated; layers it lacks give empty lists. */
    public static ArticleFacts of(Document document) {
        String language = "und";
        double confidence = 0;
        Optional<DocumentLanguage> identified = document.find(DocumentLanguage.LAYER);
        if (identified.isPresent()) {
            language = identified.get().code();
            confidence = identified.get().guess().confidence();
        }
        List<Mention> mentions = new ArrayList<>();
        List<Mention> references = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        Optional<NamedEntities> named = document.find(NamedEntities.LAYER);
        if (named.isPresent()) {
            Map<String, Entity> byId = named.get().entities();
            for (EntityMention m : named.get().mentions()) {
                mentions.add(new Mention(new Span(m.start(), m.end(), m.cleanStart(), m.cleanEnd(), m.text()), m.type(), m.entityId()));
            }
            for (EntityReference r : named.get().references()) {
                Entity entity = byId.get(r.entityId());
                if (entity != null) {
                    references.add(new Mention(new Span(r.start(), r.end(), r.cleanStart(), r.cleanEnd(), r.text()),
                            entity.type(), r.entityId()));
                }
            }
            entities.addAll(byId.values());
            entities.sort(Comparator.comparing(Entity::id));
        }
        List<Quote> quotes = document.find(Quotations.LAYER).map(ArticleFacts::quotes).orElse(List.of());
        List<NumericClaim> claims = new ArrayList<>();
        for (Claim c : document.find(Claim.LAYER).orElse(List.of())) {
            claims.add(new NumericClaim(span(c.quantity()), c.kind(), c.value(), Optional.ofNullable(c.valueMax()), c.vague(),
                    Optional.ofNullable(c.unit()), optionalSpan(c.counted()), Optional.ofNullable(c.countedLemma()),
                    hedges(c.hedges()), hedges(c.epistemic()), optionalSpan(c.source()), entityOf(c.source()),
                    optionalSpan(c.cue())));
        }
        List<DateExpression> dates = new ArrayList<>();
        for (DateMention d : document.find(DateMention.LAYER).orElse(List.of())) {
            dates.add(new DateExpression(new Span(d.start(), d.end(), d.cleanStart(), d.cleanEnd(), d.text()), d.kind(),
                    d.resolved() ? Optional.ofNullable(d.value()) : Optional.empty()));
        }
        return new ArticleFacts(language, confidence, mentions, references, entities, quotes, claims, dates);
    }

    /** Direct quotations, then the indirect statements no direct quotation already covers. */
    private static List<Quote> quotes(Quotations found) {
        List<Quote> quotes = new ArrayList<>();
        for (Quotation q : found.quotations()) {
            quotes.add(new Quote(span(q.quote()), optionalSpan(q.speaker()), entityOf(q.speaker()), optionalSpan(q.cue()),
                    optionalSpan(q.source()), entityOf(q.source()), false));
        }
        List<Quote> direct = List.copyOf(quotes);
        for (Statement s : found.statements()) {
            if (s.content() == null) {
                continue;
            }
            Span content = span(s.content());
            // X изјави дека „…“ is both a statement and a quotation: keep the quotation only
            if (direct.stream().noneMatch(q -> q.words().start() < content.end() && content.start() < q.words().end())) {
                quotes.add(new Quote(content, optionalSpan(s.speaker()), entityOf(s.speaker()), optionalSpan(s.cue()),
                        Optional.empty(), Optional.empty(), true));
            }
        }
        return quotes;
    }

    private static List<Hedge> hedges(List<Qualifier> qualifiers) {
        List<Hedge> hedges = new ArrayList<>();
        for (Qualifier q : qualifiers) {
            hedges.add(new Hedge(span(q.phrase()), q.meaning()));
        }
        return hedges;
    }

    private static Span span(TextSpan s) {
        return new Span(s.start(), s.end(), s.cleanStart(), s.cleanEnd(), s.text());
    }

    private static Optional<Span> optionalSpan(TextSpan s) {
        return s == null ? Optional.empty() : Optional.of(span(s));
    }

    private static Optional<String> entityOf(TextSpan s) {
        return s == null ? Optional.empty() : Optional.ofNullable(s.entity());
    }

    /** The entity ids of the names in the article (not of references), each once, in order. */
    public List<String> mentionedIds() {
        return mentions.stream().map(Mention::entity).distinct().toList();
    }

    /** The entity ids of the people quoted, each once, in order. */
    public List<String> speakerIds() {
        return quotes.stream().flatMap(q -> q.speakerId().stream()).distinct().toList();
    }

    /** The entity with this id, when the article names it. */
    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The same facts with some entities replaced by others (a lone surname by the one person
     * of that name the archive knows), wherever an id appears.
     */
    public ArticleFacts relinked(Map<String, Entity> replacements) {
        if (replacements.isEmpty()) {
            return this;
        }
        UnaryOperator<String> id = old -> replacements.containsKey(old) ? replacements.get(old).id() : old;
        Map<String, Entity> kept = new LinkedHashMap<>();
        for (Entity e : entities) {
            Entity replacement = replacements.getOrDefault(e.id(), e);
            kept.putIfAbsent(replacement.id(), replacement);
        }
        List<Entity> relinkedEntities = new ArrayList<>(kept.values());
        relinkedEntities.sort(Comparator.comparing(Entity::id));
        return new ArticleFacts(language, languageConfidence,
                mentions.stream().map(m -> m.withEntity(id.apply(m.entity()))).toList(),
                references.stream().map(m -> m.withEntity(id.apply(m.entity()))).toList(),
                relinkedEntities,
                quotes.stream().map(q -> new Quote(q.words(), q.speaker(), q.speakerId().map(id), q.cue(), q.source(),
                        q.sourceId().map(id), q.indirect())).toList(),
                claims.stream().map(c -> new NumericClaim(c.quantity(), c.kind(), c.value(), c.valueMax(), c.vague(), c.unit(),
                        c.counted(), c.countedLemma(), c.hedges(), c.epistemic(), c.source(), c.sourceId().map(id),
                        c.cue())).toList(),
                dates);
    }
}
