#!/usr/bin/env bash
# AE epoch time and learning per epoch, one machine type, the same vectors for all three:
#   DL4J single JVM (train --engine local), DL4J on Spark local[2] (train --engine spark) and
#   PyTorch on the CPU (training/src/test/python/bench_ae_torch.py, installs torch in a venv).
#   submit/bench/ae-epoch.sh [machine=fan] [epochs=5] [batch=512] [hop=1] [run=runs/bench]
# Needs a features folder at $run/features (made by the script from the small synthetic set if
# missing). Run it on an otherwise idle machine; numbers go to BENCHMARKS.md by hand.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
for a in "$@"; do declare "${a%%=*}=${a#*=}"; done
machine=${machine:-fan} epochs=${epochs:-5} batch=${batch:-512} hop=${hop:-1} run=${run:-runs/bench}
threads=$(nproc)

mvn -B -q -DskipTests package
if [[ ! -f "$run/features/_SUCCESS" ]]; then
  submit/auscult --no-build --master "local[$threads]" synth --out "$run/data" --scale small
  submit/auscult --no-build --master "local[$threads]" features --data "$run/data" --out "$run/features"
fi
common=(--model ae --features "$run/features" --machines "$machine" --overwrite
  -D "auscult.training.ae.epochs=$epochs" -D "auscult.training.ae.batch-size=$batch"
  -D "auscult.training.ae.context-hop=$hop")

echo "== DL4J single JVM ($threads threads)"
submit/auscult --no-build --master "local[$threads]" train "${common[@]}" --engine local \
  --out "$run/ae-local" 2>&1 | grep -E "epoch [0-9]+/"
echo "== DL4J on Spark local[$threads]"
submit/auscult --no-build --master "local[$threads]" train "${common[@]}" --engine spark \
  --out "$run/ae-spark" 2>&1 | grep -E "epoch [0-9]+/"

echo "== PyTorch on the same vectors"
mvn -B -q -o -pl jobs -am test-compile dependency:build-classpath -DincludeScope=test \
  -Dmdep.outputFile="$ROOT/jobs/target/test-classpath.txt" >/dev/null
java -Xmx6g -cp "jobs/target/test-classes:jobs/target/classes:training/target/classes:features/target/classes:evaluation/target/classes:$(cat jobs/target/test-classpath.txt)" \
  -XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
  -Dorg.bytedeco.javacpp.cachedir="$ROOT/target/javacpp-cache" \
  org.auscult.jobs.bench.AeVectorExport "$run/features" "$machine" "$run/ae-vectors" "$hop" 2>/dev/null
for t in "$threads" 1; do
  OMP_NUM_THREADS=$t python3 training/src/test/python/bench_ae_torch.py \
    --vectors "$run/ae-vectors/train.f32" --validation "$run/ae-vectors/validation.f32" \
    --epochs "$epochs" --threads "$t" --batch "$batch"
done
