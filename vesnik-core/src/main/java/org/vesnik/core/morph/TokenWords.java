package org.vesnik.core.morph;

import java.util.Arrays;
import java.util.Locale;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.segment.Tokenizer;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;

/**
 * The tokens of a document as the extraction stages read them, by token index: the cleaned form
 * in lower case, the UPOS tag and the lemma in lower case. Without the morphology layer the tag
 * is {@link Upos#X} and the lemma the form.
 */
public record TokenWords(String[] forms, Upos[] tags, String[] lemmas) {

    private static final Layer<TokenWords> WORDS = Layer.named("tokenWords");

    /**
     * The document's words; computed once after the morphology layer exists and shared by the
     * stages that read them (before it, computed each time, as the tags are not known yet).
     */
    public static TokenWords of(Document document) {
        return document.has(MorphTagger.MORPHOLOGY) ? document.derive(WORDS, TokenWords::compute) : compute(document);
    }

    /** The words of tokens {@code [from, to)}, indexed from 0: a sentence's. */
    public TokenWords slice(int from, int to) {
        return new TokenWords(Arrays.copyOfRange(forms, from, to), Arrays.copyOfRange(tags, from, to),
                Arrays.copyOfRange(lemmas, from, to));
    }

    private static TokenWords compute(Document document) {
        String text = document.get(Cleaner.CLEAN_TEXT).text();
        TokenList tokens = document.get(Tokenizer.TOKENS);
        Morphology morphology = document.has(MorphTagger.MORPHOLOGY) ? document.get(MorphTagger.MORPHOLOGY) : null;
        int n = tokens.size();
        String[] forms = new String[n];
        Upos[] tags = new Upos[n];
        String[] lemmas = new String[n];
        for (int t = 0; t < n; t++) {
            forms[t] = text.substring(tokens.cleanStart(t), tokens.cleanEnd(t)).toLowerCase(Locale.ROOT);
            tags[t] = morphology == null ? Upos.X : morphology.upos(t);
            lemmas[t] = morphology == null ? forms[t] : morphology.lemma(t).toLowerCase(Locale.ROOT);
        }
        return new TokenWords(forms, tags, lemmas);
    }
}
