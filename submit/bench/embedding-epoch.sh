#!/usr/bin/env bash
# Embedding-network epoch time and loss per epoch, DL4J in one JVM against PyTorch on the CPU, on
# the very same synthetic log-mel windows in the same minibatches and order:
#   submit/bench/embedding-epoch.sh [windows=2048] [epochs=5] [batch=32] [threads=$(nproc)] [build=]
# build=avx2 (or avx512, onednn-avx512) runs DL4J on that CPU build of nd4j-native, fetched from
# Maven into training/target/bench/lib, instead of the generic x86-64 one the product ships.
# DL4J: org.auscult.training.bench.EmbeddingEpochBench (training test classes), which also writes
# the windows; PyTorch: training/src/test/python/bench_embedding_torch.py (installs torch in a
# venv under training/target on first use). Run it on an otherwise idle machine; numbers go to
# BENCHMARKS.md by hand. MVN_ARGS=-o keeps Maven offline.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
for a in "$@"; do declare "${a%%=*}=${a#*=}"; done
windows=${windows:-2048} epochs=${epochs:-5} batch=${batch:-32} threads=${threads:-$(nproc)}
build=${build:-}
data="$ROOT/training/target/bench/embedding"

mvn -B -q ${MVN_ARGS:-} -pl training -am -Dauscult.fuzz.skip=true test-compile \
  dependency:build-classpath -DincludeScope=test -Dmdep.outputFile="$ROOT/training/target/test-classpath.txt" >/dev/null
cp="training/target/test-classes:training/target/classes:features/target/classes:$(cat training/target/test-classpath.txt)"
platform=()
if [[ -n "$build" ]]; then
  lib="$ROOT/training/target/bench/lib"
  mvn -B -q ${MVN_ARGS:-} dependency:copy -Dartifact="org.nd4j:nd4j-native:1.0.0-M2:jar:linux-x86_64-$build" \
    -DoutputDirectory="$lib" >/dev/null
  cp="$lib/nd4j-native-1.0.0-M2-linux-x86_64-$build.jar:$cp"
  platform=(-Dorg.bytedeco.javacpp.platform.extension="-$build")
fi
echo "== DL4J, one JVM, $threads threads, nd4j-native ${build:-generic x86-64} build"
OMP_NUM_THREADS=$threads java -Xmx4g -cp "$cp" "${platform[@]}" -Dorg.bytedeco.javacpp.cachedir="$ROOT/target/javacpp-cache" \
  org.auscult.training.bench.EmbeddingEpochBench windows="$windows" epochs="$epochs" \
  batch="$batch" threads="$threads" out="$data" 2>/dev/null
echo "== PyTorch, $threads threads, the same windows"
OMP_NUM_THREADS=$threads python3 training/src/test/python/bench_embedding_torch.py --data "$data" \
  --epochs "$epochs" --batch "$batch" --threads "$threads"
