package org.vesnik.core.write;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vesnik.core.claims.Claim;
import org.vesnik.core.claims.Qualifier;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.NamedEntities;
import org.vesnik.core.quotes.Quotation;
import org.vesnik.core.clean.Repair;
import org.vesnik.core.quotes.Quotations;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.Token;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.time.DateMention;

/**
 * A summary for people: the repairs cleanup made, then one sentence a line with its tokens
 * separated by spaces (so {@code wc -l} counts sentences and {@code wc -w} tokens).
 */
public final class TextWriter implements DocumentWriter {

    @Override
    public void write(Document document, int ordinal, boolean ofMany, Writer out) throws IOException {
        CleanText clean = document.get(CleanText.LAYER);
        List<Token> tokens = document.get(TokenList.LAYER);
        List<Sentence> sentences = document.get(Sentence.LAYER);
        String original = document.original();
        if (document.source().isPresent()) {
            out.write("# source: " + document.source().get() + "\n");
        }
        out.write("# " + sentences.size() + " sentences, " + tokens.size() + " tokens, "
                + clean.repairs().size() + " repairs" + repairCounts(clean.repairs()) + "\n");
        for (Repair repair : clean.repairs()) {
            out.write(String.format("#   %-21s %6d-%-6d %s -> %s%n", repair.kind().label(), repair.start(),
                    repair.end(), visible(repair.originalText()), visible(repair.cleanedText())));
        }
        if (document.has(DateMention.LAYER)) {
            for (DateMention date : document.get(DateMention.LAYER)) {
                out.write(String.format("# date %6d-%-6d %s -> %s%n", date.start(), date.end(),
                        visible(date.text()), date.resolved() ? date.value() : "unresolved (no article date)"));
            }
        }
        if (document.has(NamedEntities.LAYER)) {
            NamedEntities entities = document.get(NamedEntities.LAYER);
            List<Entity> byMentions = entities.entities().values().stream()
                    .sorted(Comparator.comparingInt((Entity e) -> -entities.mentionCount(e.id())).thenComparing(Entity::name))
                    .toList();
            for (Entity entity : byMentions) {
                int mentions = entities.mentionCount(entity.id());
                int references = entities.referenceCount(entity.id());
                out.write(String.format(Locale.ROOT, "# entity %-4s %s (%s): %d mention%s%s%n", entity.type(), entity.name(),
                        entity.nameLatin(), mentions, mentions == 1 ? "" : "s",
                        references == 0 ? "" : ", " + references + " reference" + (references == 1 ? "" : "s")));
            }
        }
        if (document.has(Quotations.LAYER)) {
            for (Quotation quotation : document.get(Quotations.LAYER).quotations()) {
                out.write(String.format(Locale.ROOT, "# quote %6d-%-6d %s: %s%s%n", quotation.quote().start(),
                        quotation.quote().end(), quotation.speaker() == null ? "(speaker unknown)" : quotation.speaker().text(),
                        visible(quotation.quote().text()),
                        quotation.about() == null ? "" : " (about " + quotation.about().text() + ")"));
            }
        }
        if (document.has(Claim.LAYER)) {
            for (Claim claim : document.get(Claim.LAYER)) {
                out.write(String.format(Locale.ROOT, "# claim %6d-%-6d %s = %s%s%s%s%n", claim.quantity().start(),
                        claim.quantity().end(), visible(claim.quantity().text()), number(claim.value()),
                        claim.valueMax() == null ? "" : "–" + number(claim.valueMax()),
                        claim.hedges().isEmpty() ? "" : " " + claim.hedges().stream().map(Qualifier::meaning).toList(),
                        claim.source() == null ? "" : ", source: " + claim.source().text()));
            }
        }
        for (Sentence sentence : sentences) {
            StringBuilder line = new StringBuilder();
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                Token token = tokens.get(t);
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(original, token.start(), token.end());
            }
            out.write(line.append('\n').toString());
        }
        if (ofMany) {
            out.write('\n');
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String repairCounts(List<Repair> repairs) {
        if (repairs.isEmpty()) {
            return "";
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Repair r : repairs) {
            counts.merge(r.kind().label(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder(" (");
        counts.forEach((kind, n) -> sb.append(sb.length() > 2 ? ", " : "").append(kind).append(' ').append(n));
        return sb.append(')').toString();
    }

    /** Quotes a repaired piece of text with its invisible characters spelled out. */
    private static String visible(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || Character.getType(c) == Character.FORMAT || c == 0xA0 || Character.isSpaceChar(c) && c != ' ') {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
