#!/usr/bin/env bash
# Whole-process wall time of `quod build`, cold (empty cache) and cached, for the default site and
# for a generated site with 360 formulas. Prints medians over RUNS runs; compare figures
# from the same session only (these machines are noisy).
#   usage: bench/build-times.sh [RUNS]      (needs target/quod.jar: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
JAR=target/quod.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# A site with 360 realistic formulas: 6 pages x 10 steps x (4 inline + 2 display: aligned, bmatrix).
GEN="$WORK/gen/content"
mkdir -p "$GEN"
printf 'title: Benchmark\nmacros:\n  "\\\\R": "\\\\mathbb{R}"\n' > "$GEN/site.yml"
for p in 1 2 3 4 5 6; do
  f="$GEN/p$p.md"
  printf -- '---\ntitle: Page %s\norder: %s\n---\n\n' "$p" "$p" > "$f"
  for i in $(seq 1 10); do
    n=$((p * 100 + i))
    cat >> "$f" <<MD
## Step $n

Let \$x_{$n} \\in \\R^{$n}\$ and \$W_{$n} = U \\Sigma V^\\top\$, so \$\\|W_{$n}\\|_2 = \\sigma_1\$ and \$\\rho(W) < $n\$.

\$\$
\\begin{aligned}
\\frac{\\partial L}{\\partial h_{$n}} &= \\left(W^\\top\\right)^{T-$n} \\frac{\\partial L}{\\partial h_T} \\\\
&= \\sum_{k=$n}^{T} \\binom{T}{k} \\lambda_k^{$n} v_k v_k^\\top
\\end{aligned}
\$\$

\$\$
M_{$n} = \\begin{bmatrix} $n & 0 & \\cdots \\\\ 0 & \\sqrt{$n} & \\cdots \\\\ \\vdots & \\vdots & \\ddots \\end{bmatrix}
\$\$

MD
  done
done

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
now() { date +%s.%N; }

measure() { # name source cache-mode
  local name=$1 src=$2 mode=$3 times=()
  for r in $(seq 1 "$RUNS"); do
    local cache="$WORK/cache-$name"
    if [ "$mode" = cold ]; then rm -rf "$cache"; fi
    if [ "$mode" = cached ] && [ ! -d "$cache" ]; then java -jar "$JAR" build --source "$src" --out "$WORK/out-$name" --cache "$cache" >/dev/null; fi
    local t0; t0=$(now)
    java -jar "$JAR" build --source "$src" --out "$WORK/out-$name" --cache "$cache" > "$WORK/last.txt"
    local t1; t1=$(now)
    times+=("$(echo "$t1 - $t0" | bc)")
  done
  printf '%-22s %-7s median %s s over %s runs   (%s)\n' "$name" "$mode" \
    "$(printf '%s\n' "${times[@]}" | median)" "$RUNS" "$(cat "$WORK/last.txt")"
}

measure default content cold
measure default content cached
measure generated-360 "$GEN" cold
measure generated-360 "$GEN" cached
