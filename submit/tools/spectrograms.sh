#!/usr/bin/env bash
# Renders what the synthetic machines sound like: one JPEG per machine type (log-mel of section 00,
# source/target × normal/anomaly) into OUT_DIR (default: docs/images/spectrograms,
# shown in docs/data.md).
#   submit/tools/spectrograms.sh [OUT_DIR] [SEED]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-$ROOT/docs/images/spectrograms}"
cd "$ROOT"
mvn -B -q -DskipTests -pl evaluation -am package dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >&2
CP="evaluation/target/classes:features/target/classes:$(cat evaluation/target/runtime-classpath.txt)"
exec java -Djava.awt.headless=true -cp "$CP" org.auscult.evaluation.report.SynthSpectrograms "$OUT" "${@:2}"
