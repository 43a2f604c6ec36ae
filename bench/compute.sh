#!/bin/sh
# Times the compute stage. Usage:
#   bench/compute.sh [runs] [warmup]                    synthetic pages: a 100x100 SVD, a 50-step loop and
#                                                       20 checks; one 20000-step loop (median after warm-up)
#   bench/compute.sh site [content] [fresh] [runs] [warmup]
#                                                       the site's pages (default content/), block by block:
#                                                       first run in fresh JVMs with bin/quod's settings for a
#                                                       small site (serial GC, C1 only), and warm medians
set -e
cd "$(dirname "$0")/.."
mvn -q -o compile
mkdir -p target/bench
# The runtime classpath as Maven resolves it: the bench parses pages with Flexmark before computing.
mvn -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench/classpath.txt
CP="target/classes:$(cat target/bench/classpath.txt)"
javac -d target/bench -cp "$CP" bench/ComputeBench.java
case ${1:-} in
  site) shift; exec java -XX:+UseSerialGC -cp "target/bench:$CP" ComputeBench site "$@" ;;
  *) exec java -cp "target/bench:$CP" ComputeBench synthetic "$@" ;;
esac
