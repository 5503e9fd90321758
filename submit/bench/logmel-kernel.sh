#!/usr/bin/env bash
# Log-mel kernel benchmark: Auscult's LogMelExtractor (JMH, one thread) against librosa, the DCASE
# 2022 baselines' front end (one thread), on the same seeded 10-s float32 noise clips.
# Prints clips/s per core for each. Usage, from anywhere:
#   submit/bench/logmel-kernel.sh            # MVN_ARGS="-o" to build offline, PAIRS=n (default 3)
# The two sides take turns PAIRS times (JMH, then librosa, then JMH ...), so that a busy machine's
# load falls on both alike; the summary gives the median and range over all rounds of all turns, by
# wall clock and per CPU-second of the measuring thread (JMH) or process (Python): on a shared
# machine the second is the steadier per-core figure.
# Leaves everything under target/bench/ at the repository root: the librosa venv, JSON, logs.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT="$ROOT/target/bench"
VENV="$OUT/venv"
PAIRS=${PAIRS:-3}
# The versions the reference vectors were made with (features/src/test/resources/reference/librosa-0.9.1/PROVENANCE.md): librosa 0.9.1 is
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

rm -f "$OUT"/logmel-jmh-*.json "$OUT"/logmel-librosa-*.json
for pair in $(seq 1 "$PAIRS"); do
  echo "== turn $pair/$PAIRS: Auscult, JMH LogMelBenchmark (1 fork, 1 thread, 3 x 2 s warm-up, 5 x 2 s)"
  java -cp "$CLASSPATH_JMH" org.openjdk.jmh.Main 'org\.auscult\.features\.bench\.LogMelBenchmark\.' \
    -rf json -rff "$OUT/logmel-jmh-$pair.json" > "$OUT/logmel-jmh-$pair.log" 2>&1 \
    || { tail -40 "$OUT/logmel-jmh-$pair.log"; exit 1; }
  grep -E '^LogMelBenchmark' "$OUT/logmel-jmh-$pair.log" || true
  echo "== turn $pair/$PAIRS: librosa (features/src/test/python/bench_librosa.py)"
  "$VENV/bin/python" "$ROOT/features/src/test/python/bench_librosa.py" --json "$OUT/logmel-librosa-$pair.json"
done

echo "== summary over $PAIRS turns, clips/s per core (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
"$VENV/bin/python" - "$OUT" <<'PY'
import glob, json, statistics, sys
wall, cpu = {}, {}
for path in sorted(glob.glob(f"{sys.argv[1]}/logmel-jmh-*.json")):
    for run in json.load(open(path)):
        name = "auscult " + run["benchmark"].rsplit(".", 1)[1]
        wall.setdefault(name, []).extend(run["primaryMetric"]["rawData"][0])
        clips = run["secondaryMetrics"]["clips"]["rawData"][0]
        nanos = run["secondaryMetrics"]["cpuNanos"]["rawData"][0]
        cpu.setdefault(name, []).extend(c / (n / 1e9) for c, n in zip(clips, nanos))
for path in sorted(glob.glob(f"{sys.argv[1]}/logmel-librosa-*.json")):
    for name, rates in json.load(open(path)).items():
        wall.setdefault(name, []).extend(rates["wall"])
        cpu.setdefault(name, []).extend(rates["cpu"])
for title, table in (("wall-clock", wall), ("per CPU-second", cpu)):
    median = {name: statistics.median(r) for name, r in table.items()}
    print(f"-- {title}: median, range, rounds")
    for name, r in table.items():
        print(f"{name:22s} {median[name]:7.1f}  {min(r):7.1f} .. {max(r):7.1f}  ({len(r)})")
    for ours in ("auscult floatClip", "auscult doubleClip"):
        for peer in ("librosa as-called", "librosa basis-once"):
            if ours in median and peer in median:
                print(f"{ours} / {peer}: {median[ours] / median[peer]:.2f}x")
PY
