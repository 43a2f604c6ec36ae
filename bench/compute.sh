#!/bin/sh
# Times the compute stage: median of N runs after warm-up, on a page with a 100x100 SVD,
# a 50-step loop and 20 checks. Usage: bench/compute.sh [runs] [warmup]
set -e
cd "$(dirname "$0")/.."
mvn -q -o compile
CP="target/classes:$(find "$HOME/.m2/repository/org/ejml" -name '*-0.46.1.jar' | tr '\n' ':')"
mkdir -p target/bench
javac -d target/bench -cp "$CP" bench/ComputeBench.java
java -cp "target/bench:$CP" ComputeBench "$@"
