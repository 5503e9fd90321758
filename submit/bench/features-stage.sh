#!/usr/bin/env bash
# The synth and features stages at full scale (25,200 clips) on this machine:
#   1. synth --scale full on local[N] (time, size);
#   2. features on local[1] and local[N] (wall time from the stage's own log line).
#   submit/bench/features-stage.sh [run=runs/bench-full] [cores=$(nproc)]
# Needs ~8 GB for the WAVs and ~4 GB for the features. Run it on an otherwise idle machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
for a in "$@"; do declare "${a%%=*}=${a#*=}"; done
run=${run:-runs/bench-full} cores=${cores:-$(nproc)}
mvn -B -q -DskipTests package

echo "== synth --scale full on local[$cores]"
start=$(date +%s.%N)
submit/auscult --no-build --master "local[$cores]" synth --out "$run/data" --scale full 2>&1 \
  | grep -E "synth: .*(clips in|bytes)"
echo "synth wall (incl. JVM start): $(echo "$(date +%s.%N) - $start" | bc) s; $(du -sb "$run/data" | cut -f1) bytes"

for n in 1 "$cores"; do
  echo "== features on local[$n]"
  start=$(date +%s.%N)
  submit/auscult --no-build --master "local[$n]" features --data "$run/data" --out "$run/features-$n" \
    2>&1 | grep -E "features: (decode.*clips in|list .*clips in|[0-9,]+ clips written)"
  echo "features local[$n] wall (incl. JVM start): $(echo "$(date +%s.%N) - $start" | bc) s"
done
du -sh "$run/features-$cores"
