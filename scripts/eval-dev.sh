#!/usr/bin/env bash
# Accuracy on the CLASSLA 1984 dev data with the shared evaluation tool (needs ../shared).
# Rebuilds the running text from gold, annotates it with ./vesnik, and scores tokens and sentences.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared/data" ] || { echo "no $shared/data beside the checkout: nothing to evaluate" >&2; exit 0; }
mkdir -p target
python3 "$shared/tools/conllu_eval.py" raw "$shared/data/classla-mk-1984-dev.conllu" > target/dev.txt
./vesnik annotate --format conllu target/dev.txt > target/dev.sys.conllu
python3 "$shared/tools/conllu_eval.py" eval "$shared/data/classla-mk-1984-dev.conllu" target/dev.sys.conllu
