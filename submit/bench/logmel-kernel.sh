#!/usr/bin/env bash
# Log-mel kernel benchmark: Auscult's LogMelExtractor (JMH, one thread) against librosa, the DCASE
# 2022 baselines' front end (one thread), on the same seeded 10-s float32 noise clips.
# Prints clips/s per core for each. Usage, from anywhere:
#   submit/bench/logmel-kernel.sh            # MVN_ARGS="-o" to build offline
# Leaves everything under target/bench/ at the repository root: the librosa venv, JMH's JSON, a log.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT="$ROOT/target/bench"
VENV="$OUT/venv"
# The versions the reference vectors were made with (../shared/vectors/README.md): librosa 0.9.1 is
# what the DCASE 2022 baselines pin.
PY_REQUIREMENTS=(librosa==0.9.1 numpy==1.24.2 scipy==1.10.1)
mkdir -p "$OUT"
cd "$ROOT"

echo "== $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
  "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== building features (test classes hold the JMH benchmark)"
# shellcheck disable=SC2086  # MVN_ARGS is a list of flags
mvn -B -q ${MVN_ARGS:-} -pl features test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/features-test.classpath"
CLASSPATH_JMH="$ROOT/features/target/test-classes:$ROOT/features/target/classes:$(cat "$OUT/features-test.classpath")"

if [[ ! -f "$VENV/.installed" || "$(cat "$VENV/.installed")" != "${PY_REQUIREMENTS[*]}" ]]; then
  echo "== installing ${PY_REQUIREMENTS[*]} into $VENV"
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "${PY_REQUIREMENTS[@]}"
  echo "${PY_REQUIREMENTS[*]}" > "$VENV/.installed"
fi

# One thread for every numeric library on both sides.
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 NUMBA_NUM_THREADS=1 \
  VECLIB_MAXIMUM_THREADS=1 NUMEXPR_NUM_THREADS=1

echo "== Auscult: JMH LogMelBenchmark (1 fork, 1 thread; warm-up and rounds as annotated)"
java -cp "$CLASSPATH_JMH" org.openjdk.jmh.Main 'org\.auscult\.features\.bench\.LogMelBenchmark\.' \
  -rf json -rff "$OUT/logmel-jmh.json" > "$OUT/logmel-jmh.log" 2>&1 \
  || { tail -40 "$OUT/logmel-jmh.log"; exit 1; }
"$VENV/bin/python" - "$OUT/logmel-jmh.json" <<'PY'
import json, sys
for run in json.load(open(sys.argv[1])):
    m = run["primaryMetric"]
    low, high = m["scoreConfidence"]
    print(f"auscult {run['benchmark'].rsplit('.', 1)[1]}: {m['score']:.1f} clips/s per core "
          f"(99.9% CI {low:.1f} .. {high:.1f}, {m['scoreUnit']})")
PY

echo "== librosa peer (features/src/test/python/bench_librosa.py)"
"$VENV/bin/python" "$ROOT/features/src/test/python/bench_librosa.py"
