#!/usr/bin/env bash
# JMH: the whole default pipeline (cleanup → language → tokens → sentences → lemmas and tags →
# entities → quotations → dates → claims) on the dev corpus in one thread. Prints the corpus's
# token count and operations per second; tokens per second is their product. Needs ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/data/mte1984-dev.mk.txt
[ -f "$corpus" ] || { echo "no $corpus beside the checkout: skipping the benchmark" >&2; exit 0; }
./mvnw -q -B -DskipTests package -pl vesnik-bench -am
java -cp vesnik-bench/target/benchmarks.jar org.openjdk.jmh.Main FullAnnotationBenchmark -p corpus="$corpus" \
  | grep -E "tokens in the corpus|^FullAnnotationBenchmark|Benchmark +\(corpus\)"
