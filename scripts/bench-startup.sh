#!/usr/bin/env bash
# Start-up check: wall time of `./vesnik annotate` on the sample article, with the launcher's
# default heap cap (256 MB). Prints every run and the median; fails if the median is over 1.5 s.
# Usage: scripts/bench-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
./vesnik annotate --format json samples/seed-article.txt > /dev/null   # build if needed, warm the file cache
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./vesnik annotate --format json samples/seed-article.txt > /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
echo "runs (ms): ${times[*]}"
echo "median: ${median} ms, max: ${sorted[$(( runs - 1 ))]} ms (limit 1500 ms, heap -Xmx256m)"
[ "$median" -le 1500 ]
