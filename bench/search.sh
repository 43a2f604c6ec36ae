#!/usr/bin/env bash
# The search index's cost and size: a corpus of N generated pages (bench/corpus.sh's generator, 5 sections and
# 15 formulas a page) is built once to fill the formula and compute caches; then built again with the search
# index's cache emptied (lunr in V8 indexes every section) and once more fully cached (no V8). Prints the
# search stage's time of each (from --timings) and the index's size, raw and gzipped; also the default site's.
#
#   usage: bench/search.sh [PAGES]      (default 500)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-500}
QUOD=${QUOD:-java -jar $ROOT/target/quod.jar}
[ -f target/quod.jar ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
eval "$(sed -n '/^gen() {/,/^}/p' bench/corpus.sh)"  # the corpus generator, as the build benchmark uses it

stage() { # label src out cache
  local t
  rm -rf "$4/builds"  # not "up to date": the build runs its stages even though nothing changed
  t=$($QUOD build --source "$2" --out "$3" --cache "$4" --timings 2>/dev/null | awk '$1 == "search" {print $2}')
  printf '  %-34s search stage %8s ms\n' "$1" "$t"
}

size() { # site
  printf '  index: %s sections, %s bytes, %s bytes gzipped\n' \
    "$(( $(grep -c '^\[[0-9]' "$1/assets/search-index.js" || true) + 1 ))" \
    "$(wc -c < "$1/assets/search-index.js")" "$(gzip -9 -c "$1/assets/search-index.js" | wc -c)"
}

for case in default "$N"; do
  if [ "$case" = default ]; then src=$ROOT/content; else src=$WORK/src-$N; gen "$N" "$src"; fi
  echo "$case$([ "$case" = default ] || echo ' pages'):"
  $QUOD build --source "$src" --out "$WORK/out-$case" --cache "$WORK/cache-$case" > /dev/null 2>&1
  rm -rf "$WORK/cache-$case/search"
  stage "index built (V8 + lunr)" "$src" "$WORK/out-$case" "$WORK/cache-$case"
  stage "index cached (no V8)" "$src" "$WORK/out-$case" "$WORK/cache-$case"
  size "$WORK/out-$case"
done
