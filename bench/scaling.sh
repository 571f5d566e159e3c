#!/usr/bin/env bash
# Whether generation time grows linearly with the spec: synthetic specs of 1x, 4x, 16x and 64x the
# definitions and operations of the real KeyVault 2021-06-01-preview keyvault.json (renamed
# copies, written to benchmarks/target/scaling/), each generated in process until warm; prints
# the median time per generated type and per operation, and whether time per type is flat within
# 25% (dev.xmsgen.benchmarks.ScalingRun). Then the launcher, cold, once per scale, for scale.
#
#   bench/scaling.sh [scales...]      (default 1 4 16 64)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/bench/lib.sh"
spec="${XMSGEN_SHARED_SPECS:-$here/../shared/specs}/azure-rest-api-specs/specification/keyvault/resource-manager/Microsoft.KeyVault/preview/2021-06-01-preview/keyvault.json"
jar="$here/benchmarks/target/benchmarks.jar"
[[ -f "$spec" ]] || { echo "no $spec (set XMSGEN_SHARED_SPECS)" >&2; exit 2; }
[[ -f "$jar" ]] || (cd "$here" && mvn -B -q -pl benchmarks -am package -DskipTests)
out="$here/benchmarks/target/scaling"
echo "java: $(java -version 2>&1 | head -1)"
echo "load average before: $(load_average)"
java -cp "$jar" dev.xmsgen.benchmarks.ScalingRun "$spec" "$out" "$@"
echo "load average after: $(load_average)"
launcher="$here/cli/target/xmsgen"
if [[ -x "$launcher" ]]; then
  echo "the launcher, cold (one process each, into an empty folder):"
  scales=("$@")
  [[ ${#scales[@]} -gt 0 ]] || scales=(1 4 16 64)
  for s in "${scales[@]}"; do
    f="$out/keyvault-x$s.json"
    rm -rf "$out/generated"
    : > "$out/time"
    time_once "$out/time" "$launcher" generate --quiet --spec "$f" --output "$out/generated" \
      --package com.example.scaling
    read -r wall cpu rss < "$out/time"
    printf '  %-20s wall %6d ms   cpu %6d ms   peak RSS %4d MiB\n' "${f##*/}" "$wall" "$cpu" $((rss / 1024))
  done
  echo "load average after: $(load_average)"
fi
