#!/usr/bin/env bash
# JMH: MacedonianAnalyzer beside Lucene's BulgarianAnalyzer on the same Macedonian text (the
# dev corpus cut into article-sized documents), in one JMH run; prints characters per second
# and the ratio. Needs ../shared/data (skips without).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/data/mte1984-dev.mk.txt
[ -f "$corpus" ] || { echo "no $corpus beside the checkout: skipping the benchmark" >&2; exit 0; }
./mvnw -q -B -DskipTests package -pl vesnik-bench -am
java -cp vesnik-bench/target/benchmarks.jar org.vesnik.bench.RatioReport \
  AnalyzerBenchmark bulgarianAnalyzer "$corpus"
