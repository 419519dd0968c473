package org.vesnik.core.write;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vesnik.core.morph.Morphology;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.Token;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;

/**
 * CoNLL-U 2.0: FORM exactly as in the original text; MISC carries what layers give each token
 * ({@code NER=B-PER}, as CLASSLA writes entities), {@code SpaceAfter=No} and
 * {@code TokenRange=start:end} in original offsets. Columns no stage fills yet are {@code _}.
 */
public final class ConlluWriter implements DocumentWriter {

    @Override
    public void write(Document document, int ordinal, boolean ofMany, Writer out) throws IOException {
        if (ofMany) {
            out.write("# newdoc id = " + document.source().orElse("document-" + ordinal) + "\n");
        }
        String original = document.original();
        List<Token> tokens = document.get(TokenList.LAYER);
        Morphology morphology = document.has(Morphology.LAYER) ? document.get(Morphology.LAYER) : null;
        List<List<String>> misc = miscOfLayers(document);
        int sentenceNumber = 0;
        for (Sentence sentence : document.get(Sentence.LAYER)) {
            sentenceNumber++;
            out.write("# sent_id = " + (ofMany ? ordinal + "-" : "") + sentenceNumber + "\n");
            out.write("# text = " + SentenceText.oneLine(document, sentence) + "\n");
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                Token token = tokens.get(t);
                out.write(Integer.toString(t - sentence.firstToken() + 1));
                out.write('\t');
                out.write(form(original, token));
                out.write('\t');
                if (morphology != null) {
                    out.write(morphology.lemma(t).isEmpty() ? "_" : morphology.lemma(t).replaceAll("\\s+", ""));
                    out.write('\t');
                    out.write(morphology.upos(t).name());
                } else {
                    out.write("_\t_");
                }
                out.write("\t_\t_\t_\t_\t_\t");
                for (List<String> items : misc) {
                    out.write(items.get(t));
                    out.write('|');
                }
                if (!document.spaceAfter(token.span())) {
                    out.write("SpaceAfter=No|");
                }
                out.write("TokenRange=" + token.start() + ":" + token.end() + "\n");
            }
            out.write('\n');
        }
    }

    /** The MISC items the document's layers give its tokens (NER=B-PER), one list a layer. */
    private static List<List<String>> miscOfLayers(Document document) {
        List<List<String>> misc = new ArrayList<>();
        for (Layer<?> layer : document.layers()) {
            miscOf(document, layer).ifPresent(misc::add);
        }
        return misc;
    }

    private static <T> Optional<List<String>> miscOf(Document document, Layer<T> layer) {
        return layer.format().flatMap(format -> format.conlluMisc(document.get(layer), document));
    }

    /** The original characters, minus any that CoNLL-U cannot hold in a FORM (tabs, line breaks). */
    private static String form(String original, Token token) {
        String form = original.substring(token.start(), token.end());
        for (int i = 0; i < form.length(); i++) {
            if (Character.isWhitespace(form.charAt(i))) {
                return form.replaceAll("\\s+", "");
            }
        }
        return form;
    }
}
