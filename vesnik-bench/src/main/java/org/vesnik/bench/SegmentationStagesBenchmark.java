package org.vesnik.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Setup;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.segment.QuotationMarkPairer;
import org.vesnik.core.segment.QuotationMarks;
import org.vesnik.core.segment.SentenceSplitter;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.segment.Tokenizer;

/** Each segmentation stage alone on the same corpus, to see where the time of the whole goes. */
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class SegmentationStagesBenchmark extends CorpusVariantBenchmark {

    private String text;
    private final Cleaner cleaner = Cleaner.standard();
    private final Tokenizer tokenizer = new Tokenizer();
    private final QuotationMarkPairer pairer = new QuotationMarkPairer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private CleanText clean;
    private TokenList tokens;
    private QuotationMarks marks;

    @Setup
    public void setUp() throws IOException {
        text = readCorpus();
        clean = cleaner.clean(text);
        tokens = tokenizer.tokenize(clean.text(), clean.offsets());
        marks = pairer.pair(clean.text(), tokens);
    }

    @Benchmark
    public Object cleanup() {
        return cleaner.clean(text);
    }

    @Benchmark
    public Object tokens() {
        return tokenizer.tokenize(clean.text(), clean.offsets());
    }

    @Benchmark
    public Object quotationMarks() {
        return pairer.pair(clean.text(), tokens);
    }

    @Benchmark
    public Object sentences() {
        return splitter.split(clean.text(), tokens, marks);
    }
}
