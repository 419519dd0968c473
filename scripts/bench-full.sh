#!/usr/bin/env bash
# JMH: the whole default pipeline (cleanup → language → tokens → sentences → lemmas and tags →
# dates → entities → quotations → claims) on the dev corpus in one thread. Prints the corpus's
# token count and operations per second; tokens per second is their product. Needs ../shared/data.
#
#   scripts/bench-full.sh                      this checkout
#   scripts/bench-full.sh --against BASE [N]   this checkout and commit BASE (built in a git
#                                              worktree of its own), N rounds (default 3) of one
#                                              JMH run each, alternating, so both see the same
#                                              machine; prints each run, the means and their ratio
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/data/mte1984-dev.mk.txt
[ -f "$corpus" ] || { echo "no $corpus beside the checkout: skipping the benchmark" >&2; exit 0; }
./mvnw -q -B -DskipTests package -pl vesnik-bench -am
if [ "${1:-}" != "--against" ]; then
  java -cp vesnik-bench/target/benchmarks.jar org.openjdk.jmh.Main FullAnnotationBenchmark -p corpus="$corpus" \
    | grep -E "tokens in the corpus|^FullAnnotationBenchmark|Benchmark +\(corpus\)"
  exit 0
fi
base=$(git rev-parse --verify "$2^{commit}")
rounds="${3:-3}"
work=target/bench-full
old_jar="$work/$base/benchmarks.jar"
scripts/build-at.sh "$base" vesnik-bench "$work/$base" benchmarks.jar
mkdir -p "$work/runs"
for round in $(seq "$rounds"); do
  for build in old new; do
    jar="$old_jar"; [ "$build" = new ] && jar=vesnik-bench/target/benchmarks.jar
    java -cp "$jar" org.openjdk.jmh.Main FullAnnotationBenchmark -p corpus="$(realpath "$corpus")" \
      -rf json -rff "$work/runs/$build-$round.json" > "$work/runs/$build-$round.log"
    printf '%s round %d: %s ops/s\n' "$build" "$round" \
      "$(python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))[0]["primaryMetric"]["score"], 3))' "$work/runs/$build-$round.json")"
  done
done
grep -h "tokens in the corpus" "$work/runs/new-1.log" | head -1
python3 - "$work/runs" "$rounds" "$base" <<'PY'
import json, sys, statistics
runs, rounds, base = sys.argv[1], int(sys.argv[2]), sys.argv[3][:7]
score = lambda b: [json.load(open(f'{runs}/{b}-{r}.json'))[0]['primaryMetric']['score'] for r in range(1, rounds + 1)]
old, new = statistics.mean(score('old')), statistics.mean(score('new'))
print(f'{base}: {old:.3f} ops/s, this checkout: {new:.3f} ops/s (means of {rounds} runs); new/old = {new / old:.3f}')
PY
