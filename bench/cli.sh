#!/usr/bin/env bash
# Times the CLI on the KeyVault 2021-06-01-preview specs: a cold generation into an empty folder,
# then an up-to-date run (nothing changed: no parsing, no writing).
#
#   bench/cli.sh [runs] [extra java options...]
#       (build first: mvn -B -q -pl cli -am package -DskipTests)
#
# Prints, per case, the wall time (min, median, mean, max) and the median CPU time (user + system,
# all threads) of `runs` processes (default 10), and the load average before and after: on a busy
# machine wall times spread widely, so compare minimums and CPU times. Extra java options (for
# example -XX:TieredStopAtLevel=1 or -XX:SharedArchiveFile=...) go before -jar, to measure what
# they would bring; users run plain `java -jar cli/target/cli.jar`.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
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
cmd=(java "${java_options[@]}" -jar "$jar" "${args[@]}")

echo "java: $(java -version 2>&1 | head -1)"
echo "specs: $specs"
echo "java options: ${java_options[*]:-(none)}"
java "${java_options[@]}" -jar "$jar" "${args[@]/--quiet/--verbose}" | tail -1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

# One run: "wall_ms cpu_ms".
timed() {
  local TIMEFORMAT='%R %U %S'
  { time "${cmd[@]}" > /dev/null 2>&1; } 2>&1 | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
}

report() {
  local lines cpu
  lines="$(cat)"
  cpu="$(cut -d' ' -f2 <<< "$lines" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')"
  cut -d' ' -f1 <<< "$lines" | sort -n | awk -v name="$1" -v cpu="$cpu" '
    { t[NR] = $1; sum += $1 }
    END {
      printf "%-11s runs %d  wall: min %d  median %d  mean %d  max %d ms   cpu: median %d ms\n",
        name, NR, t[1], t[int((NR + 1) / 2)], sum / NR, t[NR], cpu
    }'
}

for _ in $(seq "$runs"); do rm -rf "$out"; timed; done | report cold
"${cmd[@]}"
for _ in $(seq "$runs"); do timed; done | report up-to-date
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
