#!/bin/sh
# Times the compute stage: median of N runs after warm-up, on a page with a 100x100 SVD,
# a 50-step loop and 20 checks, and on one 20000-step loop (N/4 runs). Usage: bench/compute.sh [runs] [warmup]
set -e
cd "$(dirname "$0")/.."
mvn -q -o compile
mkdir -p target/bench
# The runtime classpath as Maven resolves it: the bench parses pages with Flexmark before computing.
mvn -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench/classpath.txt
CP="target/classes:$(cat target/bench/classpath.txt)"
javac -d target/bench -cp "$CP" bench/ComputeBench.java
java -cp "target/bench:$CP" ComputeBench "$@"
