package org.vesnik.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs one benchmark class and prints each method's throughput in characters per second and as
 * a ratio to the baseline method, run in the same JMH session.
 *
 * <pre>java -cp vesnik-bench/target/benchmarks.jar org.vesnik.bench.RatioReport \
 *     SegmentationBenchmark luceneStandardTokenizer ../shared/data/mte1984-dev.mk.txt</pre>
 */
public final class RatioReport {

    private RatioReport() {
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        if (args.length != 3) {
            System.err.println("usage: RatioReport BENCHMARK_CLASS BASELINE_METHOD CORPUS");
            System.exit(64);
        }
        String benchmark = args[0];
        String baseline = args[1];
        Path corpus = Path.of(args[2]);
        long chars = Files.readString(corpus, StandardCharsets.UTF_8).length();
        Options options = new OptionsBuilder()
                .include(RatioReport.class.getPackageName() + "." + benchmark + ".")
                .param("corpus", corpus.toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double baselineScore = results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + baseline))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN);
        System.out.printf("%nCorpus: %s (%,d characters)%n", corpus, chars);
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double ops = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            System.out.printf("%-45s %,14.0f chars/s  (± %.1f %%)  %.2f× %s%n",
                    name.substring(name.lastIndexOf('.') + 1), ops * chars, 100 * error / ops,
                    ops / baselineScore, baseline);
        }
    }
}
