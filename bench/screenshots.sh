#!/usr/bin/env bash
# Screenshots for a person to look at after changing templates or CSS: a reader-fixture page, its
# print page and the default site's first page, each in light, dark and at phone width (375 px), and
# pages 01, 03 and 06 of the walkthrough at 1280 and 375 px, into target/screenshots/. Not part of `mvn verify`: the suite asserts on themes and widths itself
# (ThemeAndScreenshotsBrowserTest, PagesInBrowserTest); these pictures are for eyes.
#   usage: bench/screenshots.sh      (needs target/quod.jar: mvn -q -DskipTests package; and Chromium,
#                                     found as quod finds it: $QUOD_CHROMIUM, else chromium on the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/quod.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
. bench/find-chromium.sh
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -jar "$JAR" build --source src/test/resources/sites/reader/content --out "$WORK/reader" --no-cache >/dev/null
java -jar "$JAR" build --source content --out "$WORK/default" --no-cache >/dev/null
# The first content page: the first link after the index's page list opens.
FIRST=$(sed -n '/class="page-list"/,$p' "$WORK/default/index.html" | grep -o 'href="[^"]*"' | head -1 | sed 's/href="//; s/"$//')
OUT=target/screenshots
mkdir -p "$OUT"
shoot() {  # name page mode width [flags...]
  local name=$1 page=$2 mode=$3 width=$4
  shift 4
  local profile
  profile=$(mktemp -d)
  local sandbox=()
  [ "$(id -u)" = 0 ] && sandbox=(--no-sandbox)  # Chromium refuses to start as root with its sandbox on
  "$CHROMIUM" --headless --disable-gpu --no-first-run --user-data-dir="$profile" "${sandbox[@]}" "$@" \
    --hide-scrollbars --window-size="$width,1400" --screenshot="$PWD/$OUT/$name-$mode.png" "file://$page" 2>/dev/null
  rm -rf "$profile"
  echo "$OUT/$name-$mode.png"
}
for shot in "fixture-problems $WORK/reader/01-problems/index.html" "fixture-print $WORK/reader/print/index.html" \
            "default-page $WORK/default/$FIRST"; do
  set -- $shot
  shoot "$1" "$2" light 1280
  shoot "$1" "$2" dark 1280 --force-dark-mode
  shoot "$1" "$2" phone 375
done
# The walkthrough's math-heaviest pages at phone and desktop width, their top 1400 px.
for page in 01-rnn-gradients 03-autoencoders-pca 06-linear-autoencoder; do
  shoot "default-$page" "$WORK/default/hw7/$page/index.html" desktop 1280
  shoot "default-$page" "$WORK/default/hw7/$page/index.html" phone 375
done
