package org.vesnik.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.vesnik.archive.ArticleHit;
import org.vesnik.archive.DateExpression;
import org.vesnik.archive.EntityPage;
import org.vesnik.archive.FacetCount;
import org.vesnik.archive.Highlight;
import org.vesnik.archive.Mention;
import org.vesnik.archive.NumericClaim;
import org.vesnik.archive.Quote;
import org.vesnik.archive.QuoteHit;
import org.vesnik.archive.QuotePage;
import org.vesnik.archive.RegisteredEntity;
import org.vesnik.archive.SearchResult;
import org.vesnik.archive.Snippet;
import org.vesnik.archive.Span;
import org.vesnik.archive.StoredArticle;
import org.vesnik.core.ner.Entity;

/** The archive's answers as lines to read on a terminal; matched words in snippets are in [brackets]. */
final class ResultText {

    private ResultText() {
    }

    static void write(SearchResult result, Writer out) throws IOException {
        long pages = Math.max(1, (result.total() + result.pageSize() - 1) / result.pageSize());
        out.write(String.format(Locale.ROOT, "%d article%s%s (page %d of %d)%n", result.total(), result.total() == 1 ? "" : "s",
                result.query().isBlank() ? "" : (result.total() == 1 ? " matches '" : " match '") + result.query() + "'",
                result.page(), pages));
        writeHits(result.hits(), (result.page() - 1) * result.pageSize(), out);
        boolean first = true;
        for (Map.Entry<String, List<FacetCount>> facet : result.facets().entrySet()) {
            if (facet.getValue().isEmpty()) {
                continue;
            }
            StringJoiner values = new StringJoiner(", ", (first ? "\n" : "") + facet.getKey() + ": ", "\n");
            first = false;
            for (FacetCount count : facet.getValue()) {
                values.add(count.label() + " " + count.count());
            }
            out.write(values.toString());
        }
    }

    static void writeHits(List<ArticleHit> hits, int before, Writer out) throws IOException {
        int n = before;
        for (ArticleHit hit : hits) {
            out.write(String.format(Locale.ROOT, "%n%d. %s%n", ++n, hit.title().orElse(hit.origin())));
            StringJoiner line = new StringJoiner(" · ", "   ", "\n");
            hit.outlet().ifPresent(line::add);
            hit.published().map(ResultText::day).ifPresent(line::add);
            line.add(hit.id());
            out.write(line.toString());
            if (!hit.snippet().text().isEmpty()) {
                out.write("   " + marked(hit.snippet()) + "\n");
            }
        }
    }

    /** The snippet on one line, each match in brackets. */
    static String marked(Snippet snippet) {
        StringBuilder text = new StringBuilder();
        int at = snippet.start();
        for (Highlight h : snippet.highlights()) {
            text.append(snippet.text(), at - snippet.start(), h.start() - snippet.start()).append('[')
                    .append(snippet.text(), h.start() - snippet.start(), h.end() - snippet.start()).append(']');
            at = h.end();
        }
        text.append(snippet.text(), at - snippet.start(), snippet.text().length());
        return text.toString().replaceAll("\\s+", " ");
    }

    static void write(EntityPage page, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "%d entit%s (page %d)%n", page.total(), page.total() == 1 ? "y" : "ies", page.page()));
        for (RegisteredEntity e : page.entities()) {
            out.write(String.format(Locale.ROOT, "%s\t%s\t%s (%s)\t%d article%s\t%s%n", e.id(), e.type(), e.name(), e.nameLatin(),
                    e.articles(), e.articles() == 1 ? "" : "s", seen(e)));
        }
    }

    private static String seen(RegisteredEntity e) {
        if (e.firstSeen().isEmpty()) {
            return "";
        }
        return e.firstSeen().get().equals(e.lastSeen().orElseThrow()) ? e.firstSeen().get().toString()
                : e.firstSeen().get() + ".." + e.lastSeen().get();
    }

    static void write(QuotePage page, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "%d quotation%s (page %d)%n", page.total(), page.total() == 1 ? "" : "s", page.page()));
        for (QuoteHit hit : page.quotes()) {
            out.write("\n" + quoteLine(hit.quote()) + "\n");
            StringJoiner line = new StringJoiner(" · ", "   ", "\n");
            hit.title().ifPresent(line::add);
            hit.outlet().ifPresent(line::add);
            hit.published().map(ResultText::day).ifPresent(line::add);
            line.add(hit.article());
            out.write(line.toString());
        }
    }

    private static String quoteLine(Quote q) {
        StringBuilder line = new StringBuilder(q.indirect() ? "(reported) " : "„").append(q.words().text().replaceAll("\\s+", " "));
        if (!q.indirect()) {
            line.append('“');
        }
        line.append(" — ").append(q.speaker().map(Span::text).orElse("?"));
        q.speakerId().ifPresent(id -> line.append(" (").append(id).append(')'));
        q.cue().ifPresent(cue -> line.append(", ").append(cue.text()));
        q.source().ifPresent(source -> line.append(", according to ").append(source.text()));
        return line.toString();
    }

    static void write(StoredArticle article, Writer out) throws IOException {
        out.write(article.title().orElse(article.origin()) + "\n");
        StringJoiner line = new StringJoiner(" · ", "", "\n");
        article.outlet().ifPresent(line::add);
        article.published().map(OffsetDateTime::toString).ifPresent(line::add);
        article.author().ifPresent(line::add);
        line.add(article.id());
        line.add("version " + article.version());
        line.add("language " + article.facts().language());
        out.write(line.toString());
        if (article.lead().isPresent()) {
            out.write("\n" + article.lead().get() + "\n");
        }
        out.write("\n" + article.text().strip() + "\n");
        if (!article.facts().entities().isEmpty()) {
            out.write("\nentities:\n");
            for (Entity e : article.facts().entities()) {
                long mentions = article.facts().mentions().stream().map(Mention::entity).filter(e.id()::equals).count();
                long references = article.facts().references().stream().map(Mention::entity).filter(e.id()::equals).count();
                out.write(String.format(Locale.ROOT, "  %s\t%s\t%s (%s)\t%d mention%s%s%n", e.id(), e.type(), e.name(), e.nameLatin(),
                        mentions, mentions == 1 ? "" : "s",
                        references == 0 ? "" : String.format(Locale.ROOT, ", %d reference%s", references, references == 1 ? "" : "s")));
            }
        }
        if (!article.facts().quotes().isEmpty()) {
            out.write("\nquotations:\n");
            for (Quote q : article.facts().quotes()) {
                out.write("  " + quoteLine(q) + "\n");
            }
        }
        if (!article.facts().claims().isEmpty()) {
            out.write("\nclaims:\n");
            for (NumericClaim c : article.facts().claims()) {
                out.write("  " + c.quantity().text() + " = " + number(c.value()) + c.valueMax().map(m -> "-" + number(m)).orElse("")
                        + c.unit().map(u -> " " + u).orElse("") + " (" + c.kind() + ")"
                        + c.countedLemma().map(l -> " of " + l).orElse("") + "\n");
            }
        }
        if (!article.facts().dates().isEmpty()) {
            out.write("\ndates:\n");
            for (DateExpression d : article.facts().dates()) {
                out.write("  " + d.span().text() + " = " + d.value().orElse("(unresolved)") + " (" + d.kind() + ")\n");
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%d", (long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    private static String day(OffsetDateTime time) {
        return time.toLocalDate().toString();
    }
}
