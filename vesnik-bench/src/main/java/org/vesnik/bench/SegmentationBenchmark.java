package org.vesnik.bench;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.segment.QuotationMarkPairer;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.SentenceSplitter;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.segment.Tokenizer;
import org.vesnik.core.text.Document;

/**
 * Cleanup + tokens + sentences on a Macedonian corpus, beside Lucene's StandardTokenizer (UAX#29
 * word breaks, no cleanup, no sentences) on the same text in the same JVM. Both process the
 * whole corpus once per operation, so the ratio of operations per second is the ratio of
 * characters per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
// three JVMs: one JVM's compilation choices can move the result by 10 %
@Fork(value = 3, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class SegmentationBenchmark {

    @Param("../shared/data/mte1984-dev.mk.txt")
    public String corpus;

    /**
     * {@code scraped}: the corpus with every tenth sentence glued to the one before
     * ({@code крај.Следната}) and every twentieth line break moved inside a sentence, the defects
     * of scraped news, so cleanup inserts spaces and offsets move; {@code as-is}: the corpus.
     */
    @Param({"as-is", "scraped"})
    public String text;

    private String input;
    private Pipeline pipeline;
    private StandardTokenizer standardTokenizer;

    @Setup
    public void setUp() throws IOException {
        input = Corpus.read(corpus, text);
        // the stages the benchmark measures; language identification is not one of them
        pipeline = Pipeline.builder()
                .stages(List.of(Cleaner.standard(), new Tokenizer(), new QuotationMarkPairer(), new SentenceSplitter()))
                .build();
        standardTokenizer = new StandardTokenizer();
    }

    @Benchmark
    public int vesnikCleanupTokensSentences() {
        Document doc = pipeline.process(input);
        return doc.get(TokenList.LAYER).size() + doc.get(Sentence.LAYER).size();
    }

    @Benchmark
    public int luceneStandardTokenizer() throws IOException {
        standardTokenizer.setReader(new StringReader(input));
        standardTokenizer.reset();
        int tokens = 0;
        while (standardTokenizer.incrementToken()) {
            tokens++;
        }
        standardTokenizer.end();
        standardTokenizer.close();
        return tokens;
    }
}
