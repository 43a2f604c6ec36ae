#!/usr/bin/env bash
# Edit-to-reload time of `quod serve` on the default site: starts the server on a copy of content/ and
# templates/, listens to its reload events as a browser page does, then N times rewrites one paragraph
# of content/hw7/03-*.md and measures from just before the file is written to the arrival of the `reload`
# event that names that page (that is: the watcher noticing, the quiet wait, the warm rebuild up to the
# commit of the pages, the event; the print pages and the search index follow in a second event). The first
# WARMUP edits are reported on their own: they include the JIT's first compilations.
#   usage: bench/serve.sh [N] [WARMUP]      (needs target/quod.jar: mvn -q -DskipTests package; bash 5, curl)
#   QUOD_SERVE_FLAGS=--timings bench/serve.sh   also shows where the last rebuild's time went
#   QUOD_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/serve.jfr bench/serve.sh   records a profile
#   QUOD_JAR=/tmp/old.jar bench/serve.sh   another build of Quod on the same content, to compare two versions
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10}
WARMUP=${2:-3}
JAR=${QUOD_JAR:-target/quod.jar}
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
[ -n "${EPOCHREALTIME:-}" ] || { echo "needs bash 5 (EPOCHREALTIME)" >&2; exit 2; }
WORK=$(mktemp -d)
SERVER=""
LISTENER=""
cleanup() {
  [ -n "$LISTENER" ] && kill "$LISTENER" 2>/dev/null || true
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

cp -r content templates "$WORK/"
PAGE=$(ls "$WORK"/content/hw7/03-*.md | head -1)
cp "$PAGE" "$WORK/original.md"
# The reload event that reloads the edited page names its file (or "*": every page)
SERVED="hw7/$(basename "$PAGE" .md)/index.html"
RELOADS="^[0-9.]+ data: ($SERVED|\\*)\$"

java ${QUOD_JAVA_OPTS:-} -jar "$JAR" serve --source "$WORK/content" --templates "$WORK/templates" --cache "$WORK/cache" --port 0 ${QUOD_SERVE_FLAGS:-} \
  > "$WORK/serve.out" 2> "$WORK/serve.err" &
SERVER=$!
for _ in $(seq 1 1200); do
  grep -q '^Serving ' "$WORK/serve.out" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.err" >&2; exit 1; }
  sleep 0.1
done
URL=$(grep '^Serving ' "$WORK/serve.out" | grep -o 'http://[^ ]*')
echo "first build (cold cache): $(head -1 "$WORK/serve.out")"

# Each line of the event stream, stamped when it arrives (EPOCHREALTIME: no process started per line).
curl -sN "${URL}__quod/events" | while IFS= read -r line; do echo "$EPOCHREALTIME $line"; done > "$WORK/events.log" &
LISTENER=$!
for _ in $(seq 1 100); do grep -q 'event: hello' "$WORK/events.log" && break; sleep 0.05; done

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.0f", m}'; }
edit() { # i -> prints milliseconds from write to reload
  local i=$1 seen t0 t1
  seen=$(wc -l < "$WORK/events.log")
  t0=$EPOCHREALTIME
  { cat "$WORK/original.md"; printf '\nThis paragraph was edited for the %s time, to measure the reload.\n' "$i"; } > "$PAGE"
  # Waits for the line without polling (tail -f follows the file with inotify): a loop of greps would take CPU
  # from the server it measures, on two cores.
  t1=$(timeout 6 grep -m1 -E "$RELOADS" <(exec tail -n +"$((seen + 1))" -f "$WORK/events.log") | cut -d' ' -f1)
  [ -n "$t1" ] || { echo "no reload after edit $i; the server said:" >&2; tail -5 "$WORK/serve.err" >&2; exit 1; }
  echo "$t0 $t1" | awk '{printf "%.0f\n", ($2 - $1) * 1000}'
}

warm=()
for i in $(seq 1 "$WARMUP"); do warm+=("$(edit "w$i")"); sleep 0.5; done
times=()
for i in $(seq 1 "$N"); do times+=("$(edit "$i")"); sleep 0.5; done
echo "warm-up edits (ms):         ${warm[*]}"
echo "edits (ms):                 ${times[*]}"
echo "edit-to-reload median:      $(printf '%s\n' "${times[@]}" | median) ms over $N edits (goal: 200 ms)"
echo "last rebuild as printed:"
awk '/^Built /{block=$0; next} {block=block "\n" $0} END {print block}' "$WORK/serve.out" | sed 's/^/    /'
