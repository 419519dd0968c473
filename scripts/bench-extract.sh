#!/usr/bin/env bash
# JMH: article extraction (decoding, metadata, main text) on the 181 pages of the
# article-extraction dev set, one thread, beside Readability4J on the same pages in the same JVM.
# Prints the page count and operations per second for each; pages per second is their product.
# Needs ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=../shared/data/article-extraction/html
[ -d "$pages" ] || { echo "no $pages beside the checkout: skipping the benchmark" >&2; exit 0; }
./mvnw -q -B -DskipTests package -pl vesnik-bench -am
java -cp vesnik-bench/target/benchmarks.jar org.openjdk.jmh.Main ExtractionBenchmark -p pages="$pages" 2>&1 \
  | grep -E "pages, .* bytes|^ExtractionBenchmark|Benchmark +\(pages\)"
