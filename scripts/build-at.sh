#!/usr/bin/env bash
# Builds MODULE of the project as it was at commit BASE, in a git worktree of its own in a
# temporary folder (removed after), and copies what PATHS name (relative to MODULE/target) to
# DIR. Does nothing when DIR already holds them. Usage: scripts/build-at.sh BASE MODULE DIR PATH...
# (for scripts/check-unchanged.sh and scripts/bench-full.sh, which compare a build with this one)
set -euo pipefail
cd "$(dirname "$0")/.."
base="$1" module="$2" dir="$3"; shift 3
[ -e "$dir/$(basename "$1")" ] && exit 0
tree="$(mktemp -d)/vesnik-$base"
echo "building $module at $base in $tree ..." >&2
git worktree add --detach -q "$tree" "$base"
(cd "$tree" && ./mvnw -q -B -DskipTests package -pl "$module" -am) >&2
mkdir -p "$dir"
for path in "$@"; do
  cp -r "$tree/$module/target/$path" "$dir/"
done
git worktree remove --force "$tree"
