package org.vesnik.core.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.vesnik.core.claims.ClaimFinder;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.decode.DecodedText;
import org.vesnik.core.decode.TextDecoder;
import org.vesnik.core.langid.DocumentLanguage;
import org.vesnik.core.langid.LanguageIdentification;
import org.vesnik.core.langid.LanguageIdentifier;
import org.vesnik.core.morph.ExtraLexicon;
import org.vesnik.core.ner.EntityRecognizer;
import org.vesnik.core.quotes.QuotationFinder;
import org.vesnik.core.morph.Lemmatizer;
import org.vesnik.core.morph.MorphTagger;
import org.vesnik.core.segment.QuotationMarkPairer;
import org.vesnik.core.segment.SentenceSplitter;
import org.vesnik.core.segment.Tokenizer;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;
import org.vesnik.core.time.DateTagger;
import org.vesnik.core.write.JsonWriter;

/**
 * The ordered stages that annotate a document. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().build();
 * Document doc = pipeline.process("Ким и Путин се сретнаа.");
 * }</pre>
 */
public final class Pipeline {

    /** Inputs larger than this are refused unless the builder raises the limit. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 16L * 1024 * 1024;

    private final List<Stage> stages;
    private final long maxInputBytes;
    private final TextDecoder decoder = new TextDecoder();

    private Pipeline(List<Stage> stages, long maxInputBytes) {
        this.stages = List.copyOf(stages);
        this.maxInputBytes = maxInputBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * The names of what the output formats can write of this pipeline's documents, in order: the
     * original {@code text}, the input's {@code encoding}, and each written layer its stages add.
     */
    public List<String> writableLayers() {
        List<String> names = new ArrayList<>(List.of(JsonWriter.TEXT, DecodedText.LAYER.name()));
        for (Stage stage : stages) {
            stage.adds().stream().filter(layer -> layer.format().isPresent()).forEach(layer -> names.add(layer.name()));
        }
        return List.copyOf(names);
    }

    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** Annotates text that is already decoded. */
    public Document process(String text) {
        return process(text, null);
    }

    public Document process(String text, String source) {
        return annotate(new Document(text, source));
    }

    /** Decodes and annotates bytes; see {@link TextDecoder} for the encodings recognised. */
    public Document process(byte[] bytes, String source) {
        BoundedInput.checkSize(bytes.length, source, maxInputBytes);
        DecodedText decoded = decoder.decode(bytes, source);
        Document document = new Document(decoded.text(), source);
        document.add(DecodedText.LAYER, decoded);
        return annotate(document);
    }

    /**
     * Runs the stages on a document the caller made, which may already carry layers the stages
     * read, such as the article's date ({@code DateTagger.ARTICLE_DATE}) from a feed's metadata.
     */
    public Document annotate(Document document) {
        for (Stage stage : stages) {
            if (stage.macedonianOnly() && document.has(DocumentLanguage.LAYER)
                    && !document.get(DocumentLanguage.LAYER).isMacedonian()) {
                // a Macedonian lexicon has nothing to say about Bulgarian or English; its layers
                // are there, empty, so a reader finds "entities": [] and not nothing
                for (Layer<?> layer : stage.adds()) {
                    addEmpty(document, layer);
                }
                continue;
            }
            stage.annotate(document);
        }
        return document;
    }

    private static <T> void addEmpty(Document document, Layer<T> layer) {
        if (!document.has(layer)) {
            layer.empty().ifPresent(empty -> document.add(layer, empty));
        }
    }

    public Document process(byte[] bytes) {
        return process(bytes, null);
    }

    /** Reads, decodes and annotates a file; the file's path is the document's source. */
    public Document process(Path path) {
        return process(BoundedInput.read(path, maxInputBytes), path.toString());
    }

    /** Reads a stream up to the size limit, then decodes and annotates it. */
    public Document process(InputStream in, String source) {
        return process(BoundedInput.read(in, source, maxInputBytes), source);
    }

    /** Chooses the stages and limits of a pipeline. */
    public static final class Builder {

        private List<Stage> stages;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private Set<Layer<?>> given = Set.of();
        private String language;
        private ExtraLexicon extraLexicon;
        private LocalDate articleDate;

        private Builder() {
        }

        /**
         * Takes every document to be in {@code code} (ISO 639-1, e.g. {@code mk}) whatever its
         * identified language, so Macedonian-only stages run on it; null to go by the guess.
         */
        public Builder language(String code) {
            this.language = code;
            return this;
        }

        /**
         * The date the articles were written, to resolve relative dates (вчера, во среда,
         * минатата година) against; a document's own {@code DateTagger.ARTICLE_DATE} wins.
         * Null (the default): relative dates are reported unresolved.
         */
        public Builder articleDate(LocalDate date) {
            this.articleDate = date;
            return this;
        }

        /** An extra lexicon for the default lemmatizer, such as a Hunspell dictionary; null for none. */
        public Builder extraLexicon(ExtraLexicon lexicon) {
            this.extraLexicon = lexicon;
            return this;
        }

        /** Replaces the default stages (cleanup, language, tokens, quotation marks, sentences, lemmas and UPOS, dates, entities, quotations, claims). */
        public Builder stages(List<Stage> stages) {
            this.stages = new ArrayList<>(stages);
            return this;
        }

        public Builder maxInputBytes(long maxInputBytes) {
            if (maxInputBytes < 1) {
                throw new IllegalArgumentException("maxInputBytes must be positive");
            }
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /**
         * The pipeline, once its stages are checked to come in an order that works.
         *
         * @throws IllegalArgumentException when a stage needs a layer no earlier stage adds, saying which
         */
        /**
         * Layers the documents this pipeline annotates carry already, because an earlier pipeline
         * added them (a first pass that only identifies the language, say): stages may need them.
         */
        public Builder given(Collection<Layer<?>> layers) {
            this.given = Set.copyOf(layers);
            return this;
        }

        public Pipeline build() {
            List<Stage> chosen = stages != null ? stages : defaultStages();
            StageOrder.check(chosen, given);
            return new Pipeline(chosen, maxInputBytes);
        }

        private List<Stage> defaultStages() {
            return List.of(Cleaner.standard(), new LanguageIdentification(new LanguageIdentifier(), language),
                    new Tokenizer(), new QuotationMarkPairer(), new SentenceSplitter(),
                    new MorphTagger(extraLexicon == null ? Lemmatizer.standard() : Lemmatizer.standard().withExtraLexicon(extraLexicon)),
                    new DateTagger(articleDate), new EntityRecognizer(), new QuotationFinder(), new ClaimFinder());
        }
    }
}
