#!/usr/bin/env bash
# Times the CLI on the KeyVault 2021-06-01-preview specs: a cold generation into an empty folder,
# then an up-to-date run (nothing changed: no parsing, no writing).
#
#   bench/cli.sh [runs]        (build first: mvn -B -q -pl cli -am package -DskipTests)
#
# Uses hyperfine when installed (apt-get install hyperfine), else a bash loop.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
jar="$here/cli/target/cli.jar"
specs="${XMSGEN_SHARED_SPECS:-$here/../shared/specs}/azure-rest-api-specs/specification/keyvault/resource-manager/Microsoft.KeyVault/preview/2021-06-01-preview"
runs="${1:-10}"

[[ -f "$jar" ]] || { echo "no $jar: run mvn -B -q -pl cli -am package -DskipTests" >&2; exit 2; }
[[ -d "$specs" ]] || { echo "no KeyVault specs at $specs (set XMSGEN_SHARED_SPECS)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$work/out"
args=(generate --quiet --package com.example.keyvault --output "$out")
for f in keyvault managedHsm keys secrets providers; do
  args+=(--spec "$specs/$f.json")
done
cmd=(java -jar "$jar" "${args[@]}")
quoted="$(printf '%q ' "${cmd[@]}")"

echo "java: $(java -version 2>&1 | head -1)"
echo "specs: $specs"
java -jar "$jar" "${args[@]/--quiet/--verbose}" | tail -1

if command -v hyperfine > /dev/null; then
  hyperfine --runs "$runs" --prepare "rm -rf '$out'" --command-name cold "$quoted"
  "${cmd[@]}"
  hyperfine --runs "$runs" --warmup 1 --command-name up-to-date "$quoted"
else
  ms() { local s e; s=$(date +%s%N); "$@"; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
  report() {
    sort -n | awk -v name="$1" '{ t[NR] = $1; sum += $1 }
      END { printf "%-11s runs %d  min %d ms  median %d ms  mean %d ms  max %d ms\n",
            name, NR, t[1], t[int((NR + 1) / 2)], sum / NR, t[NR] }'
  }
  for _ in $(seq "$runs"); do rm -rf "$out"; ms "${cmd[@]}"; done | report cold
  for _ in $(seq "$runs"); do ms "${cmd[@]}"; done | report up-to-date
fi
