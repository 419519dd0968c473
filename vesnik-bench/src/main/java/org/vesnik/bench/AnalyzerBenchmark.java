package org.vesnik.bench;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.vesnik.lucene.analysis.MacedonianAnalyzer;

/**
 * {@link MacedonianAnalyzer} beside Lucene's {@link BulgarianAnalyzer} (StandardTokenizer,
 * lower case, stop words, light stemmer: the closest analyzer Lucene has) on the same Macedonian
 * text, one article-sized document at a time, as an index writer would feed them.
 */
public class AnalyzerBenchmark extends CorpusBenchmark {

    /** Lines of the corpus per document: about a news article's length. */
    private static final int LINES_PER_DOCUMENT = 40;

    private String[] documents;
    private Analyzer macedonian;
    private Analyzer bulgarian;

    @Setup
    public void setUp() throws IOException {
        String[] lines = Corpus.read(corpus, "as-is").split("\n");
        documents = new String[(lines.length + LINES_PER_DOCUMENT - 1) / LINES_PER_DOCUMENT];
        for (int d = 0; d < documents.length; d++) {
            int from = d * LINES_PER_DOCUMENT;
            int to = Math.min(lines.length, from + LINES_PER_DOCUMENT);
            StringBuilder doc = new StringBuilder();
            for (int i = from; i < to; i++) {
                doc.append(lines[i]).append('\n');
            }
            documents[d] = doc.toString();
        }
        macedonian = new MacedonianAnalyzer();
        bulgarian = new BulgarianAnalyzer();
    }

    @TearDown
    public void tearDown() {
        macedonian.close();
        bulgarian.close();
    }

    @Benchmark
    public long macedonianAnalyzer() throws IOException {
        return analyzeAll(macedonian);
    }

    @Benchmark
    public long bulgarianAnalyzer() throws IOException {
        return analyzeAll(bulgarian);
    }

    private long analyzeAll(Analyzer analyzer) throws IOException {
        long sum = 0;
        for (String document : documents) {
            try (TokenStream stream = analyzer.tokenStream("body", document)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    sum += term.length();
                }
                stream.end();
            }
        }
        return sum;
    }
}
