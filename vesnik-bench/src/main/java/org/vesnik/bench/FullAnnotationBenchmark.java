package org.vesnik.bench;

import java.io.IOException;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.segment.TokenList;

/**
 * The whole default pipeline (cleanup, language, tokens, sentences, lemmas and tags, entities,
 * quotations, dates, claims) on the dev corpus, one thread: operations per second times the
 * corpus's tokens is tokens per second.
 */
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class FullAnnotationBenchmark extends CorpusBenchmark {

    private String input;
    private Pipeline pipeline;

    @Setup
    public void setUp() throws IOException {
        input = Corpus.read(corpus, "as-is");
        pipeline = Pipeline.builder().language("mk").articleDate(LocalDate.of(2025, 9, 4)).build();
        System.out.printf("%n%,d tokens in the corpus%n", pipeline.process(input).get(TokenList.LAYER).size());
    }

    @Benchmark
    public int fullAnnotation() {
        return pipeline.process(input).get(TokenList.LAYER).size();
    }
}
