#!/usr/bin/env bash
# Accuracy on the CLASSLA 1984 dev data with the shared evaluation tool (needs ../shared).
# Rebuilds the running text from gold, annotates it with ./vesnik, and scores tokens, sentences,
# lemmas and UPOS: once with vesnik's own lexicon, once with the test Hunspell dictionary added.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared/data" ] || { echo "no $shared/data beside the checkout: nothing to evaluate" >&2; exit 0; }
mkdir -p target
python3 "$shared/tools/conllu_eval.py" raw "$shared/data/classla-mk-1984-dev.conllu" > target/dev.txt
./vesnik annotate --format conllu target/dev.txt > target/dev.sys.conllu
echo "vesnik:"
python3 "$shared/tools/conllu_eval.py" eval "$shared/data/classla-mk-1984-dev.conllu" target/dev.sys.conllu
if [ -f "$shared/data/hunspell-mk/mk_MK.aff" ]; then
  ./vesnik annotate --hunspell "$shared/data/hunspell-mk" --format conllu target/dev.txt > target/dev.hunspell.conllu
  echo "vesnik with --hunspell $shared/data/hunspell-mk:"
  python3 "$shared/tools/conllu_eval.py" eval "$shared/data/classla-mk-1984-dev.conllu" target/dev.hunspell.conllu
fi
