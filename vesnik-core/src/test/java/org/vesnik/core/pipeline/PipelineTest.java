package org.vesnik.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.decode.BadInputException;
import org.vesnik.core.decode.DecodedText;
import org.vesnik.core.morph.MorphTagger;
import org.vesnik.core.ner.EntityRecognizer;
import org.vesnik.core.quotes.QuotationFinder;
import org.vesnik.core.quotes.Quotations;
import org.vesnik.core.segment.QuotationMarkPairer;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.SentenceSplitter;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.segment.Tokenizer;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Stage;
import org.vesnik.core.write.JsonWriter;
import org.vesnik.core.write.TextWriter;

class PipelineTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    @Test
    void aStageBeforeTheOneThatAddsWhatItNeedsFailsWhenThePipelineIsBuilt() {
        List<Stage> sentencesFirst = List.of(Cleaner.standard(), new Tokenizer(), new SentenceSplitter(), new QuotationMarkPairer());
        assertThatThrownBy(() -> Pipeline.builder().stages(sentencesFirst).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SentenceSplitter needs the layer 'quotationMarks', which QuotationMarkPairer adds only after it:"
                        + " put QuotationMarkPairer before SentenceSplitter");
        List<Stage> noTokens = List.of(Cleaner.standard(), new QuotationMarkPairer());
        assertThatThrownBy(() -> Pipeline.builder().stages(noTokens).build())
                .hasMessage("QuotationMarkPairer needs the layer 'tokens', which no stage of the pipeline adds:"
                        + " add the stage that makes it before QuotationMarkPairer");
    }

    @Test
    void aStageThatReadsALayerWhenPresentMustComeAfterTheStageThatAddsIt() {
        List<Stage> quotesBeforeNames = List.of(Cleaner.standard(), new Tokenizer(), new QuotationMarkPairer(),
                new SentenceSplitter(), new MorphTagger(), new QuotationFinder(), new EntityRecognizer());
        assertThatThrownBy(() -> Pipeline.builder().stages(quotesBeforeNames).build())
                .hasMessage("QuotationFinder reads the layer 'entities', which EntityRecognizer adds only after it:"
                        + " put EntityRecognizer before QuotationFinder");
        // without the entity stage at all, quotations are found without linked names
        List<Stage> noNames = quotesBeforeNames.subList(0, 6);
        Document doc = Pipeline.builder().stages(noNames).build().process("„Ќе дојдам“, рече Марко.");
        assertThat(doc.get(Quotations.LAYER).quotations()).hasSize(1);
    }

    @Test
    void aSecondPassMayNeedTheLayersTheFirstAdded() {
        Pipeline first = Pipeline.builder().stages(List.of(Cleaner.standard())).build();
        List<Stage> rest = List.of(new Tokenizer(), new QuotationMarkPairer(), new SentenceSplitter());
        assertThatThrownBy(() -> Pipeline.builder().stages(rest).build())
                .hasMessageStartingWith("Tokenizer needs the layer 'cleanText'");
        Pipeline second = Pipeline.builder().given(List.of(CleanText.LAYER)).stages(rest).build();
        Document doc = second.annotate(first.process("Ким и Путин се сретнаа.Потоа заминаа."));
        assertThat(doc.get(Sentence.LAYER)).hasSize(2);
    }

    @Test
    void aLayerAddedByTwoStagesIsAWiringError() {
        assertThatThrownBy(() -> Pipeline.builder().stages(List.of(Cleaner.standard(), Cleaner.standard())).build())
                .hasMessage("both Cleaner and Cleaner add the layer 'cleanText': keep one of them");
    }

    @Test
    void oneSharedPipelineGivesEveryThreadTheSameAnswers() throws Exception {
        List<String> texts = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            texts.add(GeneratedTextTest.randomText(random, 50 + random.nextInt(400)));
        }
        List<String> expected = texts.stream().map(PipelineTest::summary).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String text : texts) {
                    results.add(pool.submit(() -> summary(text)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(expected.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String summary(String text) {
        Document doc = PIPELINE.process(text);
        return doc.get(TokenList.LAYER) + "|" + doc.get(Sentence.LAYER);
    }

    @Test
    void bytesAreDecodedAndTheDecodingIsKept() {
        Document doc = PIPELINE.process("Ѓорѓи".getBytes(java.nio.charset.Charset.forName("windows-1251")), "a.txt");
        assertThat(doc.original()).isEqualTo("Ѓорѓи");
        assertThat(doc.get(DecodedText.LAYER).charset()).isEqualTo("windows-1251");
        assertThat(doc.source()).contains("a.txt");
    }

    @Test
    void inputsOverTheLimitAreRefusedWhateverTheirSource(@TempDir Path dir) throws Exception {
        Pipeline small = Pipeline.builder().maxInputBytes(10).build();
        byte[] bytes = "Ова е подолго од десет бајти.".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("big.txt"), bytes);
        assertThatThrownBy(() -> small.process(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("big.txt").hasMessageContaining("limit");
        assertThatThrownBy(() -> small.process(new ByteArrayInputStream(bytes), "<stdin>"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("<stdin>");
    }

    @Test
    void directoriesAndMissingFilesAreMissingInput(@TempDir Path dir) {
        assertThatThrownBy(() -> PIPELINE.process(dir)).isInstanceOf(MissingInputException.class)
                .hasMessageContaining("directory");
        assertThatThrownBy(() -> PIPELINE.process(dir.resolve("none.txt"))).isInstanceOf(MissingInputException.class)
                .hasMessageContaining("no such file");
    }

    /** Every stage stays near linear: a document of about 700,000 characters is annotated and written in seconds. */
    @Test
    void aLargeDocumentIsAnnotatedInBoundedTime() throws IOException {
        String article = Files.readString(Path.of("../samples/seed-article.txt"), StandardCharsets.UTF_8);
        String text = (article + "\n\n").repeat(150);
        long started = System.nanoTime();
        Document doc = Pipeline.builder().articleDate(LocalDate.of(2025, 9, 4)).build().process(text);
        new JsonWriter(false).write(doc, 1, false, Writer.nullWriter());
        new TextWriter().write(doc, 1, false, Writer.nullWriter());
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(doc.get(Quotations.LAYER).quotations()).hasSize(7 * 150);
        assertThat(seconds).isLessThan(20);
    }
}
