#!/usr/bin/env bash
# In-process generation time (JMH). Run from anywhere after `mvn -B -q install -DskipTests`.
# Prints JMH's table: average milliseconds per parse and per full generation, per spec set.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || mvn -B -q -pl benchmarks -am package -DskipTests
java -Dxmsgen.sharedSpecs="${XMSGEN_SHARED_SPECS:-../shared/specs}" -jar "$jar" GenerateBenchmark "$@"
