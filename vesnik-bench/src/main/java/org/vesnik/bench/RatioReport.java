package org.vesnik.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        Options options = new OptionsBuilder()
                .include(RatioReport.class.getPackageName() + "." + benchmark + ".")
                .param("corpus", corpus.toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.printf("%nCorpus: %s%n", corpus);
        // results are grouped by their parameters other than the corpus: one baseline per group
        Map<String, List<RunResult>> groups = new TreeMap<>();
        for (RunResult r : results) {
            groups.computeIfAbsent(otherParams(r), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<RunResult>> group : groups.entrySet()) {
            double baselineScore = group.getValue().stream()
                    .filter(r -> r.getParams().getBenchmark().endsWith("." + baseline))
                    .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN);
            String variant = group.getValue().get(0).getParams().getParam("variant");
            long chars = Corpus.read(corpus.toString(), variant == null ? "as-is" : variant).length();
            System.out.printf("%s (%,d characters)%n", group.getKey().isEmpty() ? "-" : group.getKey(), chars);
            for (RunResult r : group.getValue()) {
                String name = r.getParams().getBenchmark();
                double ops = r.getPrimaryResult().getScore();
                double error = r.getPrimaryResult().getScoreError();
                System.out.printf("  %-43s %,14.0f chars/s  (± %.1f %%)  %.2f× %s%n",
                        name.substring(name.lastIndexOf('.') + 1), ops * chars, 100 * error / ops,
                        ops / baselineScore, baseline);
            }
        }
    }

    private static String otherParams(RunResult r) {
        StringBuilder sb = new StringBuilder();
        for (String key : r.getParams().getParamsKeys()) {
            if (!key.equals("corpus")) {
                sb.append(sb.length() > 0 ? ", " : "").append(key).append('=').append(r.getParams().getParam(key));
            }
        }
        return sb.toString();
    }
}
