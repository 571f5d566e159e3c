#!/usr/bin/env bash
# Side by side, in one run: the xmsgen launcher (cli/target/xmsgen), `java -jar cli.jar`, and
# OpenAPI Generator 7.25.0 (its Java generator) on the real KeyVault 2021-06-01-preview
# keyvault.json, each into an empty folder, the three alternating run by run so that a change in
# the machine's load hits all of them alike. Then the five-file KeyVault set, cold and up to date,
# from the launcher (bench/cli.sh --launcher).
#
#   bench/compare.sh [runs]        (default 5; build first: mvn -B -q -pl cli -am package -DskipTests)
#
# Prints medians (wall and CPU), peak resident memory, the ratios to OpenAPI Generator's median
# wall time, and the load average before and after. OpenAPI Generator's jar is fetched once into
# bench/target/ with Maven (org.openapitools:openapi-generator-cli:7.25.0); if that fails, its
# column is left out. It runs with `generate -g java` and without docs, tests or spec validation
# (xmsgen writes none of those either), so the figures compare code generation alone.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/bench/lib.sh"
runs="${1:-5}"
launcher="$here/cli/target/xmsgen"
jar="$here/cli/target/cli.jar"
spec="${XMSGEN_SHARED_SPECS:-$here/../shared/specs}/azure-rest-api-specs/specification/keyvault/resource-manager/Microsoft.KeyVault/preview/2021-06-01-preview/keyvault.json"
oag_version=7.25.0
oag="$here/bench/target/openapi-generator-cli-$oag_version.jar"

[[ -x "$launcher" && -f "$jar" ]] || { echo "no $launcher: run mvn -B -q -pl cli -am package -DskipTests" >&2; exit 2; }
[[ -f "$spec" ]] || { echo "no $spec (set XMSGEN_SHARED_SPECS)" >&2; exit 2; }
if [[ ! -f "$oag" ]]; then
  echo "fetching openapi-generator-cli $oag_version into bench/target/ ..."
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.openapitools:openapi-generator-cli:$oag_version" \
    -DoutputDirectory="$here/bench/target" > "$here/bench/target.log" 2>&1 \
    || echo "could not fetch openapi-generator-cli $oag_version (see bench/target.log): comparing xmsgen alone"
  rm -f "$here/bench/target.log"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
xmsgen_args=(generate --quiet --package com.example.keyvault --spec "$spec")
names=(launcher java-jar)
cmds=("$launcher ${xmsgen_args[*]} --output" "java -jar $jar ${xmsgen_args[*]} --output")
if [[ -f "$oag" ]]; then
  names+=(openapi-generator)
  cmds+=("java -jar $oag generate -g java -i $spec --skip-validate-spec --global-property apiTests=false,modelTests=false,apiDocs=false,modelDocs=false -o")
fi

echo "java: $(java -version 2>&1 | head -1)"
echo "spec: $spec"
echo "cpus: $(nproc 2>/dev/null || echo '?')"
# A first run of each, untimed: files cached, the launcher's archive made if it was missing.
for i in "${!cmds[@]}"; do
  # shellcheck disable=SC2086
  ${cmds[$i]} "$work/warm-$i" > /dev/null 2>&1 || { echo "${names[$i]} failed:"; ${cmds[$i]} "$work/warm-$i"; exit 1; }
done
echo "files written: xmsgen $(find "$work/warm-0" -name '*.java' | wc -l) .java;" \
  "openapi-generator $( [[ -d "$work/warm-2" ]] && find "$work/warm-2" -name '*.java' | wc -l || echo -) .java"
echo "load average before: $(load_average)"
for _ in $(seq "$runs"); do
  for i in "${!cmds[@]}"; do
    rm -rf "$work/out"
    # shellcheck disable=SC2086
    time_once "$work/t-$i" ${cmds[$i]} "$work/out"
  done
done
echo "keyvault.json, cold (empty output folder), $runs runs each, alternating:"
for i in "${!cmds[@]}"; do
  summary "${names[$i]}" "$work/t-$i"
done
if [[ -f "$oag" ]]; then
  base=$(median_of "$work/t-2" 1)
  for i in 0 1; do
    awk -v n="${names[$i]}" -v a="$(median_of "$work/t-$i" 1)" -v b="$base" \
      'BEGIN { printf "ratio %-9s / openapi-generator (median wall): %.3f\n", n, a / b }'
  done
  echo "(goal: launcher at most 0.15)"
fi
echo "load average after: $(load_average)"
echo
bash "$here/bench/cli.sh" --launcher "$runs"
echo "(goals: five-file cold median at most 500 ms; up to date under 150 ms; peak memory under 128 MiB)"
