#!/usr/bin/env bash
# Lighthouse's accessibility score (and, with --all, every category) for every page of the default site,
# served over HTTP as a static host would serve it, in the light theme. Lighthouse is an npm package: it
# is installed on first use into ~/.cache/quod-test/lighthouse (or set QUOD_LIGHTHOUSE to its cli.js).
# Scores go to stdout, one page per line; each full report is kept as JSON under target/lighthouse/.
#   usage: bench/lighthouse.sh [--all]    (needs target/quod.jar: mvn -q -DskipTests package; Chromium,
#                                          found as quod finds it: $QUOD_CHROMIUM, else chromium on the PATH;
#                                          node and npm; python3 or the JDK's jwebserver to serve the site)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/quod.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
CATEGORIES=accessibility
[ "${1:-}" = "--all" ] && CATEGORIES=accessibility,performance,best-practices,seo
. bench/find-chromium.sh
LH=${QUOD_LIGHTHOUSE:-$HOME/.cache/quod-test/lighthouse/node_modules/lighthouse/cli/index.js}
if [ ! -f "$LH" ]; then
  npm install --silent --no-audit --no-fund --prefix "$HOME/.cache/quod-test/lighthouse" lighthouse@12 >&2
fi
WORK=$(mktemp -d)
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
java -jar "$JAR" build --source content --out "$WORK/site" --no-cache >/dev/null
PORT=$(( 20000 + RANDOM % 20000 ))
if command -v python3 >/dev/null; then
  python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK/site" >/dev/null 2>&1 &
else
  jwebserver -p "$PORT" -b 127.0.0.1 -d "$WORK/site" >/dev/null 2>&1 &
fi
SERVER=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.1; done
OUT=target/lighthouse
mkdir -p "$OUT"
FLAGS="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync"
(cd "$WORK/site" && find . -name '*.html' ! -name '_*' | sed 's|^\./||' | sort) | while read -r page; do
  url="http://127.0.0.1:$PORT/$page"
  name=$(echo "$page" | tr '/' '_' | sed 's/\.html$//')
  CHROME_PATH="$CHROMIUM" node "$LH" "$url" --quiet --only-categories="$CATEGORIES" --output=json \
    --output-path="$OUT/$name.json" --chrome-flags="$FLAGS" --max-wait-for-load=60000 >/dev/null 2>&1 \
    || { echo "$page: lighthouse failed" ; continue; }
  node -e '
    const r = require(process.argv[1]);
    const scores = Object.values(r.categories).map(c => c.id + " " + Math.round(c.score * 100)).join(", ");
    const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1
        && r.categories.accessibility.auditRefs.some(ref => ref.id === a.id && ref.weight > 0)).map(a => a.id);
    console.log(process.argv[2] + ": " + scores + (failed.length ? "  (accessibility audits below 1: " + failed.join(", ") + ")" : ""));
  ' "$PWD/$OUT/$name.json" "$page"
done
