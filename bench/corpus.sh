#!/usr/bin/env bash
# Whole-process cost of `quod build`: CPU time (user+sys), wall time and peak RSS, medians over RUNS runs,
# for the default site (content/) and for generated corpora of 10, 100 and 1,000 pages x 30 formulas,
# each cold (empty cache, no previous output) and cached (cache and output of the build before).
# Also `quod --version`, as the floor that JVM start-up sets.
#
#   usage: bench/corpus.sh [--runs N] [--sizes "10 100 1000"] [--peer] [--against CMD] [--only REGEX]
#     --peer        also build the same Markdown with Eleventy 3 + markdown-it + KaTeX (the version Quod
#                   renders with, same macros), installed with npm into target/peer/ on first use, and
#                   print Quod/Eleventy ratios. The peer gets the Markdown with Quod-only syntax stripped:
#                   compute and plot blocks, {{ }} values, ::: lines, {#eq:..} labels.
#     --against CMD runs every Quod case also with CMD (e.g. "java -jar /tmp/old.jar"), the two alternating
#                   run by run (paired: both see the same machine noise), and prints CMD/QUOD ratios.
#     --only REGEX  only the cases whose name matches (e.g. 'default|1000').
#   QUOD="bin/quod" bench/corpus.sh   measures another way of starting Quod (default: java -jar target/quod.jar)
# Compare figures from one session only: these machines are shared and noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=3
SIZES="10 100 1000"
PEER=""
AGAINST=""
ONLY="."
while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --peer) PEER=1; shift ;;
    --against) AGAINST=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
QUOD=${QUOD:-java -jar $ROOT/target/quod.jar}
[ -f target/quod.jar ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# --- the corpora: N pages x 30 formulas (5 steps x 4 inline + 2 display: aligned, bmatrix), all different,
# with the prose, headings and links between pages that real pages have.
gen() { # pages dir
  local n=$1 dir=$2 p
  mkdir -p "$dir"
  printf 'title: Benchmark, %s pages\nmacros:\n  "\\\\R": "\\\\mathbb{R}"\n' "$n" > "$dir/site.yml"
  printf -- '---\ntitle: Benchmark\n---\n\nGenerated pages, %s of them.\n' "$n" > "$dir/index.md"
  for p in $(seq 1 "$n"); do
    awk -v p="$p" -v n="$n" 'BEGIN {
      printf "---\ntitle: Page %d\norder: %d\nsummary: Generated page %d of %d.\n---\n\n", p, p, p, n
      for (i = 1; i <= 5; i++) {
        k = p * 10 + i
        printf "## Step %d\n\n", k
        printf "Let $x_{%d} \\in \\R^{%d}$ and $W_{%d} = U \\Sigma V^\\top$, so $\\|W_{%d}\\|_2 = \\sigma_1$ and $\\rho(W) < %d$. ", k, k, k, k, k
        printf "This paragraph is ordinary prose of a worked solution, with **bold**, *emphasis* and `code`, "
        printf "long enough to look like the text around formulas on a real page."
        if (i < 5) printf " See [the next step](#step-%d).", k + 1
        printf "\n\n"
        printf "$$\n\\begin{aligned}\n\\frac{\\partial L}{\\partial h_{%d}} &= \\left(W^\\top\\right)^{T-%d} \\frac{\\partial L}{\\partial h_T} \\\\\n", k, k
        printf "&= \\sum_{j=%d}^{T} \\binom{T}{j} \\lambda_j^{%d} v_j v_j^\\top\n\\end{aligned}\n$$\n\n", k, k
        printf "$$\nM_{%d} = \\begin{bmatrix} %d & 0 & \\cdots \\\\ 0 & \\sqrt{%d} & \\cdots \\\\ \\vdots & \\vdots & \\ddots \\end{bmatrix}\n$$\n\n", k, k, k
      }
      if (p > 1) printf "Back to [page %d](../p%05d/).\n", p - 1, p - 1
    }' > "$dir/p$(printf %05d "$p").md"
  done
}

# The same Markdown without what only Quod reads, for the peer.
strip_quod() { # from to   (every .md file, in subfolders too: the walkthrough is a section, content/hw7/)
  mkdir -p "$2"
  (cd "$1" && find . -name '*.md' | sort) | while read -r rel; do
    mkdir -p "$2/$(dirname "$rel")"
    awk '/^```(compute|plot)/ {skip = 1; next} skip && /^```/ {skip = 0; next} skip {next}
         /^:::/ {next} {gsub(/\{\{[^}]*\}\}/, ""); gsub(/ *\{#(eq|fig|tbl):[^}]*\}/, ""); print}' "$1/$rel" > "$2/$rel"
  done
}

CASES=("default:$ROOT/content")
for n in $SIZES; do
  gen "$n" "$WORK/src-$n"
  CASES+=("$n-pages:$WORK/src-$n")
done

median() { sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
# Runs a command once under GNU time; appends "cpu wall rss_mb" to the file $1.
timed() { # resultfile command...
  local out=$1; shift
  /usr/bin/time -f '%U %S %e %M' -o "$WORK/time.txt" "$@" > "$WORK/last.out" 2> "$WORK/last.err" \
    || { echo "failed: $*" >&2; tail -20 "$WORK/last.err" >&2; exit 1; }
  awk '{printf "%.2f %.2f %.0f\n", $1 + $2, $3, $4 / 1024}' "$WORK/time.txt" >> "$out"
}
summary() { # resultfile -> "cpu wall rss" medians
  echo "$(cut -d' ' -f1 "$1" | median) $(cut -d' ' -f2 "$1" | median) $(cut -d' ' -f3 "$1" | median)"
}

quod_build() { # label cmd src mode
  local label=$1 cmd=$2 src=$3 mode=$4
  local cache="$WORK/cache-$label" out="$WORK/out-$label"
  if [ "$mode" = cold ]; then rm -rf "$cache" "$out"; fi
  if [ "$mode" = cached ] && [ ! -d "$cache" ]; then
    $cmd build --source "$src" --out "$out" --cache "$cache" > /dev/null
  fi
  timed "$WORK/r-$label-$mode" $cmd build --source "$src" --out "$out" --cache "$cache"
}

declare -A RESULT
printf '%-28s %8s %8s %8s\n' "case (median of $RUNS)" "CPU s" "wall s" "RSS MB"
row() { printf '%-28s %8s %8s %8s\n' "$1" $2; }

for r in $(seq 1 "$RUNS"); do
  timed "$WORK/r-version" $QUOD --version
  [ -n "$AGAINST" ] && timed "$WORK/r-version-against" $AGAINST --version
done
RESULT[version]=$(summary "$WORK/r-version")
row "quod --version" "${RESULT[version]}"
[ -n "$AGAINST" ] && { RESULT[version-against]=$(summary "$WORK/r-version-against"); row "  against: --version" "${RESULT[version-against]}"; }

for c in "${CASES[@]}"; do
  name=${c%%:*}; src=${c#*:}
  for mode in cold cached; do
    [[ "$name $mode" =~ $ONLY ]] || continue
    for r in $(seq 1 "$RUNS"); do
      quod_build "$name" "$QUOD" "$src" "$mode"
      [ -n "$AGAINST" ] && quod_build "$name-against" "$AGAINST" "$src" "$mode"
    done
    RESULT[$name-$mode]=$(summary "$WORK/r-$name-$mode")
    row "$name $mode" "${RESULT[$name-$mode]}"
    if [ -n "$AGAINST" ]; then
      a=$(summary "$WORK/r-$name-against-$mode")
      row "  against" "$a"
      echo "${RESULT[$name-$mode]} $a" | awk '{printf "  against/quod: CPU %.2fx  wall %.2fx  RSS %.2fx\n", $4/$1, $5/$2, $6/$3}'
    fi
  done
done
echo "(last Quod build said: $(head -1 "$WORK/last.out"))"

[ -n "$PEER" ] || exit 0

# --- the peer: Eleventy 3 + markdown-it + @vscode/markdown-it-katex on the KaTeX version Quod uses
KATEX=$(java -jar target/quod.jar --version | sed -n 's/.*KaTeX \([0-9.]*\).*/\1/p')
PEERDIR=$ROOT/target/peer
if [ ! -x "$PEERDIR/node_modules/.bin/eleventy" ]; then
  mkdir -p "$PEERDIR"
  (cd "$PEERDIR" && npm init -y > /dev/null && npm install --no-audit --no-fund --silent \
    @11ty/eleventy@3 markdown-it@14 @vscode/markdown-it-katex@1 "katex@$KATEX" > /dev/null)
fi
(cd "$PEERDIR" && npm ls katex --all --parseable | xargs -I{} node -p "require('{}/package.json').version" | sort -u) \
  | grep -qx "$KATEX" || { echo "the peer's KaTeX is not $KATEX" >&2; exit 1; }
cat > "$PEERDIR/eleventy.config.cjs" <<'JS'
// The peer build: every page through markdown-it with KaTeX at build time, in a layout with the title,
// previous/next links and the stylesheet, and a home page listing every page (as Quod's theme does).
const markdownIt = require("markdown-it");
const katex = require("@vscode/markdown-it-katex").default;
const fs = require("fs");
const yaml = (file) => { // site.yml's macros: the lines '  "\\R": "\\mathbb{R}"' under 'macros:'
  const macros = {};
  if (!fs.existsSync(file)) return macros;
  for (const m of fs.readFileSync(file, "utf8").matchAll(/^\s+"((?:[^"\\]|\\.)*)":\s*"((?:[^"\\]|\\.)*)"\s*$/gm)) {
    macros[JSON.parse('"' + m[1] + '"')] = JSON.parse('"' + m[2] + '"');
  }
  return macros;
};
module.exports = function (config) {
  const macros = yaml(process.env.PEER_SITE_YML);
  config.setLibrary("md", markdownIt({ html: true }).use(katex, { macros, throwOnError: false, output: "htmlAndMathml" }));
  config.addGlobalData("layout", "page.njk");
  config.addGlobalData("permalink", () => (data) => data.page.filePathStem === "/index" ? "/index.html" : `/${data.page.fileSlug}/index.html`);
  return { dir: { includes: process.env.PEER_INCLUDES } };
};
JS
mkdir -p "$PEERDIR/includes"
cat > "$PEERDIR/includes/page.njk" <<'NJK'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<link rel="stylesheet" href="../assets/katex/katex.min.css"></head>
<body><article><h1>{{ title }}</h1>
{{ content | safe }}
{% if page.filePathStem == "/index" %}<ul>{% for p in collections.all %}<li><a href="{{ p.url }}">{{ p.data.title }}</a></li>{% endfor %}</ul>{% endif %}
</article>
{% set prev = collections.all | getPreviousCollectionItem(page) %}{% set next = collections.all | getNextCollectionItem(page) %}
<nav>{% if prev %}<a href="{{ prev.url }}">{{ prev.data.title }}</a>{% endif %}{% if next %}<a href="{{ next.url }}">{{ next.data.title }}</a>{% endif %}</nav>
</body></html>
NJK

echo
printf '%-28s %8s %8s %8s   %s\n' "Eleventy (median of $RUNS)" "CPU s" "wall s" "RSS MB" "Quod/Eleventy CPU, wall, RSS"
for c in "${CASES[@]}"; do
  name=${c%%:*}; src=${c#*:}
  [[ "$name cold" =~ $ONLY || "$name cached" =~ $ONLY ]] || continue
  strip_quod "$src" "$WORK/peer-src-$name"
  for r in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/peer-out-$name"
    PEER_SITE_YML="$src/site.yml" PEER_INCLUDES="$(realpath --relative-to="$WORK/peer-src-$name" "$PEERDIR/includes")" \
      timed "$WORK/r-peer-$name" node "$PEERDIR/node_modules/@11ty/eleventy/cmd.cjs" --config="$PEERDIR/eleventy.config.cjs" \
      --input="$WORK/peer-src-$name" --output="$WORK/peer-out-$name" --quiet
  done
  peer=$(summary "$WORK/r-peer-$name")
  ratios=""
  for mode in cold cached; do
    [ -n "${RESULT[$name-$mode]:-}" ] || continue
    ratios+=$(echo "${RESULT[$name-$mode]} $peer" | awk -v m="$mode" '{printf "%s %.1fx %.1fx %.1fx   ", m, $1/$4, $2/$5, $3/$6}')
  done
  printf '%-28s %8s %8s %8s   %s\n' "$name" $peer "$ratios"
done
