package org.vesnik.core.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.clean.Repair;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.TextOutput;

/**
 * A summary for people: the counts, each layer's lines (repairs, dates, entities, quotations,
 * claims: written by the layers' own formats, in the order the stages added them), then one
 * sentence a line with its tokens separated by spaces (so {@code wc -l} counts sentences and
 * {@code wc -w} tokens).
 */
public final class TextWriter implements DocumentWriter {

    private final boolean explain;
    private final Predicate<String> chosen;

    /** The summary; with {@code explain}, each decision with the rule that made it; the lines of the layers {@code chosen} accepts. */
    public TextWriter(boolean explain, Predicate<String> chosen) {
        this.explain = explain;
        this.chosen = chosen;
    }

    public TextWriter(boolean explain) {
        this(explain, name -> true);
    }

    public TextWriter() {
        this(false);
    }

    @Override
    public void write(Document document, int ordinal, boolean ofMany, Writer out) throws IOException {
        List<Repair> repairs = document.get(CleanText.LAYER).repairs();
        TokenList tokens = document.get(TokenList.LAYER);
        List<Sentence> sentences = document.get(Sentence.LAYER);
        String original = document.original();
        if (document.source().isPresent()) {
            out.write("# source: " + document.source().get() + "\n");
        }
        out.write("# " + sentences.size() + " sentences, " + tokens.size() + " tokens, "
                + repairs.size() + " repairs" + repairCounts(repairs) + "\n");
        TextOutput summary = new TextOutput(out, document, explain);
        for (Layer<?> layer : document.layers()) {
            write(layer, document, summary);
        }
        for (Sentence sentence : sentences) {
            StringBuilder line = new StringBuilder();
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(original, tokens.start(t), tokens.end(t));
            }
            out.write(line.append('\n').toString());
        }
        if (ofMany) {
            out.write('\n');
        }
    }

    private <T> void write(Layer<T> layer, Document document, TextOutput summary) throws IOException {
        if (layer.format().isPresent() && chosen.test(layer.name())) {
            layer.format().get().text(document.get(layer), summary);
        }
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
}
