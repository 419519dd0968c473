package org.vesnik.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Param;

/** A benchmark that runs on the corpus as it is and as a scraper delivers it, to see what cleanup costs. */
public abstract class CorpusVariantBenchmark extends CorpusBenchmark {

    /**
     * {@code scraped}: the corpus with every tenth sentence glued to the one before
     * ({@code крај.Следната}) and every twentieth line break moved inside a sentence, the defects
     * of scraped news, so cleanup inserts spaces and offsets move; {@code as-is}: the corpus.
     */
    @Param({"as-is", "scraped"})
    public String variant;

    /** The corpus in this run's variant. */
    String readCorpus() throws IOException {
        return Corpus.read(corpus, variant);
    }
}
