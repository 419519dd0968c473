#!/usr/bin/env bash
# JMH: cleanup + tokens + sentences beside Lucene's StandardTokenizer on the same corpus, in
# one JMH run; prints characters per second and the ratio. Needs ../shared/data (skips without).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/data/mte1984-dev.mk.txt
[ -f "$corpus" ] || { echo "no $corpus beside the checkout: skipping the benchmark" >&2; exit 0; }
[ -f vesnik-bench/target/benchmarks.jar ] || ./mvnw -q -B -DskipTests package
java -cp vesnik-bench/target/benchmarks.jar org.vesnik.bench.RatioReport \
  SegmentationBenchmark luceneStandardTokenizer "$corpus"
