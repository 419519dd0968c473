#!/usr/bin/env bash
# Behaviour unchanged: annotates the same inputs with the command line built at BASE and with
# the working tree, and diffs what the two write. Usage: scripts/check-unchanged.sh [BASE]
# (default 7787630, the last commit before issue 11). Exits 1 when anything differs.
#
# Inputs, each annotated as the tests annotate it:
#   samples        samples/*.txt: JSON, JSON with --date 2025-09-04, CoNLL-U, text; and JSON
#                  and text written with --explain, which must differ only by the rules it names
#   team-entities  every line of TeamNewsEntitiesTest's sets, marks removed, a document each
#   team-quotes    every sentence of TeamNewsQuotesTest's sets, a document each
#   other-languages the Bulgarian and Serbian news of LanguageIdentifierTest and an empty file,
#                  which the Macedonian-only stages skip
#   ner-dev        the texts of NerDevAccuracyTest's ../shared/data/ner-dev.jsonl, --lang mk
#   dev            the CLASSLA 1984 dev text (as scripts/eval-dev.sh rebuilds it), the MTE 1984
#                  dev corpus, the real-news dev excerpts and the seed article: JSON, JSON with
#                  --date 2025-09-04, and JSON with --hunspell ../shared/data/hunspell-mk
#   figures        scripts/eval-dev.sh's figures (CoNLL-U, with and without --hunspell) and
#                  ../shared/tools/realnews_eval.py's, before and after
# JSON is compared parsed, dropping from the new output only the fields scripts/unchanged.py
# lists in NEW_FIELDS (which also says why each is new). The groups that need ../shared are
# skipped without it. The old build is kept in target/unchanged/jars/BASE.
set -euo pipefail
cd "$(dirname "$0")/.."
base=$(git rev-parse --verify "${1:-7787630}^{commit}")
work=target/unchanged
old_jar="$work/jars/$base/vesnik-cli.jar"
new_jar=vesnik-cli/target/vesnik-cli.jar
shared=../shared/data

scripts/build-at.sh "$base" vesnik-cli "$(dirname "$old_jar")" vesnik-cli.jar lib
echo "building the command line of the working tree ..." >&2
./mvnw -q -B -DskipTests package -pl vesnik-cli -am >&2

rm -rf "$work/inputs" "$work/out"
mkdir -p "$work/out"
python3 scripts/unchanged.py inputs "$work/inputs"

status=0
explain=()
# run NAME KIND ARGS... -- FILES...: annotates FILES with both builds and compares the outputs
# (with explain=(--explain), the new build explains its decisions and only that may differ)
run() {
  local name="$1" kind="$2"; shift 2
  local args=()
  while [ "$1" != "--" ]; do args+=("$1"); shift; done
  shift
  for build in old new; do
    local jar="$old_jar" extra=()
    [ "$build" = new ] && jar="$new_jar" && extra=("${explain[@]}")
    java -Xmx1g -jar "$jar" annotate --format "$kind" "${args[@]}" "${extra[@]}" "$@" \
      > "$work/out/$name.$build.$kind" 2> "$work/out/$name.$build.err" || true
  done
  printf '%-22s ' "$name"
  local compared="$kind"; [ ${#explain[@]} -gt 0 ] && compared="$kind-explained"
  python3 scripts/unchanged.py compare "$compared" "$work/out/$name.old.$kind" "$work/out/$name.new.$kind" || status=1
  if ! cmp -s "$work/out/$name.old.err" "$work/out/$name.new.err"; then
    echo "  standard error differs:"; diff "$work/out/$name.old.err" "$work/out/$name.new.err" | head -5; status=1
  fi
}

run samples json -- samples/*.txt
run samples-dated json --date 2025-09-04 -- samples/*.txt
run samples conllu -- samples/*.txt
run samples text -- samples/*.txt
run samples-dated text --date 2025-09-04 -- samples/*.txt
run team-entities json -- "$work"/inputs/team-entities/*.txt
run team-quotes json -- "$work"/inputs/team-quotes/*.txt
run other-languages json -- "$work"/inputs/other-languages/*.txt
run other-languages text -- "$work"/inputs/other-languages/*.txt
explain=(--explain)
run samples-explained json --date 2025-09-04 -- samples/*.txt
run samples-explained text --date 2025-09-04 -- samples/*.txt
run team-quotes-explained json -- "$work"/inputs/team-quotes/*.txt
explain=()

if [ -d "$shared" ]; then
  run ner-dev json --lang mk -- "$work"/inputs/ner-dev/*.txt
  python3 ../shared/tools/conllu_eval.py raw "$shared/classla-mk-1984-dev.conllu" > "$work/inputs/classla-dev.txt"
  realnews=($(python3 -c 'import json,sys; [print(sys.argv[1] + "/" + json.loads(l)["file"]) for l in open(sys.argv[1] + "/gold.jsonl") if l.strip()]' "$shared/realnews-dev"))
  dev=("$work/inputs/classla-dev.txt" "$shared/mte1984-dev.mk.txt" "$shared/seed-article.txt" "${realnews[@]}")
  run dev json -- "${dev[@]}"
  run dev-dated json --date 2025-09-04 -- "${dev[@]}"
  run dev-hunspell json --hunspell "$shared/hunspell-mk" -- "${dev[@]}"
  run realnews json -- "${realnews[@]}"
  run classla-dev conllu -- "$work/inputs/classla-dev.txt"
  run classla-dev-hunspell conllu --hunspell "$shared/hunspell-mk" -- "$work/inputs/classla-dev.txt"

  echo "figures (before, then after):"
  for build in old new; do
    for name in classla-dev classla-dev-hunspell; do
      python3 ../shared/tools/conllu_eval.py eval "$shared/classla-mk-1984-dev.conllu" \
        "$work/out/$name.$build.conllu" | tr -d '\n' > "$work/out/$name.$build.figures"
    done
    python3 ../shared/tools/realnews_eval.py --jsonl "$work/out/realnews.$build.json" \
      | grep -E '^(Entities|Quotations)' | paste -sd ';' > "$work/out/realnews.$build.figures" || true
  done
  for name in classla-dev classla-dev-hunspell realnews; do
    printf '%-22s %s\n%-22s %s\n' "$name" "$(cat "$work/out/$name.old.figures")" "" "$(cat "$work/out/$name.new.figures")"
    cmp -s "$work/out/$name.old.figures" "$work/out/$name.new.figures" || { echo "  FIGURES DIFFER"; status=1; }
  done
else
  echo "no $shared beside the checkout: the dev data and its figures are skipped" >&2
fi
[ "$status" = 0 ] && echo "behaviour unchanged against $base" || echo "DIFFERENCES against $base"
exit "$status"
