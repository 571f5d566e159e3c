#!/usr/bin/env bash
# In-process generation time (JMH). Run from anywhere after `mvn -B -q install -DskipTests`.
# Prints JMH's table: average milliseconds per parse and per full generation, per spec set.
# Arguments go to JMH, for example:
#   bench/generate.sh -p specSet=keyvault-2021-06-01-preview     one spec set
#   bench/generate.sh -bm ss -wi 0 -i 1 -f 10 -tu ms             the first run in a fresh JVM
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || mvn -B -q -pl benchmarks -am package -DskipTests
java -Dxmsgen.sharedSpecs="${XMSGEN_SHARED_SPECS:-../shared/specs}" -jar "$jar" GenerateBenchmark "$@"
