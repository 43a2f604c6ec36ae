#!/usr/bin/env bash
# Fuzzes one Jazzer fuzz test for a while, with coverage guidance from Quod and the parsers it drives
# (Flexmark, SnakeYAML, jsoup). `mvn verify` only replays the saved inputs; this is the search.
#   usage: bench/fuzz.sh TEST[#method] SECONDS [KEEP_GOING]
#   e.g.   bench/fuzz.sh MathDelimitersFuzzTest 600
#          bench/fuzz.sh ExprParserFuzzTest#block 600
# KEEP_GOING (default 1) is how many distinct findings to collect before stopping. The corpus the
# fuzzer grows is kept in .cifuzz-corpus/ (git-ignored) and reused by the next run; a crashing input is
# written as crash-<sha1> into src/test/resources/quod/<package>/<Test>Inputs/<method>/, where
# `mvn verify` replays it from then on: fix the bug, then commit the input as a regression case.
# One fuzzer at a time: it takes a whole core. Stats go to the terminal (#runs, cov, ft, exec/s).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '4,7p' "$0" >&2; exit 2; }
TEST=$1
SECONDS_TO_FUZZ=$2
KEEP_GOING=${3:-1}
CLASS=${TEST%%#*}
if ! find src/test/java -name "$CLASS.java" | grep -q .; then
  echo "no test class $CLASS under src/test/java" >&2
  exit 2
fi

# Fuzz a copy of the project, so that editing and testing here (which recompiles target/) does not
# change the code under a running fuzzer. Jazzer's base directory stays this one: the corpus and the
# crashing inputs land here.
ROOT=$(pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/quod-fuzz.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
tar --exclude=./target --exclude=./.git --exclude=./.cifuzz-corpus --exclude=./site -cf - . | tar -xf - -C "$WORK"
cd "$WORK"

# JAZZER_FUZZ=1: fuzz instead of replaying. Hooks on (the pom turns them off for plain test runs).
# JUnit's @Timeout must not time the whole fuzzing run; Jazzer hands it to libFuzzer as a per-input
# -timeout instead, so a hang is still a finding.
JAZZER_FUZZ=1 mvn -o -B -ntp test \
  -Dtest="$TEST" -Dsurefire.failIfNoSpecifiedTests=false -DredirectTestOutputToFile=false \
  -Djazzer.hooks=true -Djazzer.internal.basedir="$ROOT" \
  -Djazzer.max_duration="${SECONDS_TO_FUZZ}s" \
  -Djazzer.keep_going="$KEEP_GOING" \
  -Djazzer.instrument='quod.**,com.vladsch.flexmark.**,org.yaml.snakeyaml.**,org.jsoup.**' \
  -Djunit.jupiter.execution.timeout.mode=disabled
