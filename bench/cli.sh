#!/usr/bin/env bash
# Times the CLI on the KeyVault 2021-06-01-preview specs (five files): a cold generation into an
# empty folder, then an up-to-date run (nothing changed: no parsing, no writing).
#
#   bench/cli.sh [--launcher] [runs] [extra java options...]
#       (build first: mvn -B -q -pl cli -am package -DskipTests)
#
# By default it runs `java -jar cli/target/cli.jar`; with --launcher, cli/target/xmsgen (the
# launcher, with its class-data-sharing archive and start-up options; extra java options then go
# into XMSGEN_JAVA_OPTS). Prints, per case, the wall time (min, median, max) and the median CPU
# time (user + system, all threads) of `runs` processes (default 10), the peak resident memory,
# and the load average before and after: on a busy machine wall times spread widely, so compare
# minimums and CPU times, and run bench/compare.sh for figures side by side in one run.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/bench/lib.sh"
launcher=false
if [[ "${1:-}" == --launcher ]]; then
  launcher=true
  shift
fi
jar="$here/cli/target/cli.jar"
specs="${XMSGEN_SHARED_SPECS:-$here/../shared/specs}/azure-rest-api-specs/specification/keyvault/resource-manager/Microsoft.KeyVault/preview/2021-06-01-preview"
runs="${1:-10}"
shift || true
java_options=("$@")

[[ -f "$jar" ]] || { echo "no $jar: run mvn -B -q -pl cli -am package -DskipTests" >&2; exit 2; }
[[ -d "$specs" ]] || { echo "no KeyVault specs at $specs (set XMSGEN_SHARED_SPECS)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$work/out"
args=(generate --quiet --package com.example.keyvault --output "$out")
for f in keyvault managedHsm keys secrets providers; do
  args+=(--spec "$specs/$f.json")
done
if $launcher; then
  export XMSGEN_JAVA_OPTS="${java_options[*]:-}"
  cmd=("$here/cli/target/xmsgen" "${args[@]}")
  what="cli/target/xmsgen"
else
  cmd=(java "${java_options[@]}" -jar "$jar" "${args[@]}")
  what="java -jar cli/target/cli.jar"
fi

echo "java: $(java -version 2>&1 | head -1)"
echo "specs: $specs (five files)"
echo "command: $what"
echo "java options: ${java_options[*]:-(none)}"
"${cmd[@]/--quiet/--verbose}" | tail -1
echo "load average before: $(load_average)"
for _ in $(seq "$runs"); do rm -rf "$out"; time_once "$work/cold" "${cmd[@]}"; done
summary cold "$work/cold"
"${cmd[@]}"
for _ in $(seq "$runs"); do time_once "$work/up-to-date" "${cmd[@]}"; done
summary up-to-date "$work/up-to-date"
echo "load average after: $(load_average)"
