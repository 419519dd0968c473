package org.vesnik.bench;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
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
public class SegmentationBenchmark extends CorpusVariantBenchmark {

    // the stages the benchmark measures; language identification is not one of them
    private final Pipeline pipeline = Pipeline.builder()
            .stages(List.of(Cleaner.standard(), new Tokenizer(), new QuotationMarkPairer(), new SentenceSplitter()))
            .build();
    private final StandardTokenizer standardTokenizer = new StandardTokenizer();
    private String input;

    @Setup
    public void setUp() throws IOException {
        input = readCorpus();
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
