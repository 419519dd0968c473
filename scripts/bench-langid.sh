#!/usr/bin/env bash
# Language identification: what it costs to start, and how much memory lingua's models take.
# Three runs of `./vesnik langid`, each a fresh JVM with the launcher's 256 MB heap cap:
#   macedonian  the sample article: its letters (ќ, ѓ, ѕ) decide, no model is loaded;
#   bulgarian   one Bulgarian sentence: the Cyrillic languages' models are loaded;
#   all         one line in each of the 12 languages: every model is loaded.
# Prints wall time (median of RUNS) and peak resident memory of each. Usage: scripts/bench-langid.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf 'Правителството одобри проектобюджета за следващата година.\n' > "$tmp/bulgarian.txt"
printf '%s\n' 'Владата го усвои буџетот за следната година.' \
  'Правителството одобри проектобюджета за следващата година.' 'Влада је усвојила предлог буџета.' \
  'Vlada Srbije je posle sednice usvojila budžet.' 'Правительство одобрило проект бюджета.' \
  'Уряд схвалив проєкт бюджету.' 'Qeveria miratoi buxhetin për vitin e ardhshëm.' \
  'Hükümet gelecek yılın bütçesini onayladı.' 'The government approved the budget.' \
  'Vlada je usvojila proračun za iduću godinu.' 'Vlada je usvojila budžet za narednu godinu.' \
  'Η κυβέρνηση ενέκρινε τον προϋπολογισμό.' > "$tmp/all.txt"
./vesnik langid samples/seed-article.txt > /dev/null   # build if needed, warm the file cache
measure() {
  local name="$1"; shift
  local times=() rss=0
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$tmp/rss" ./vesnik langid "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    rss=$(cat "$tmp/rss")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '%-11s median %5d ms   peak RSS %4d MB\n' "$name" "${sorted[$(( runs / 2 ))]}" $(( rss / 1024 ))
}
measure macedonian samples/seed-article.txt
measure bulgarian "$tmp/bulgarian.txt"
measure all --lines "$tmp/all.txt"
