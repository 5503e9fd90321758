#!/usr/bin/env bash
# Runs the DL4J and the PyTorch autoencoder epoch benchmarks one after the other on the same seeded
# vectors, same batch size and thread count. Usage, from the repository root:
#   training/src/test/bench/run_ae_bench.sh [vectors=20480] [epochs=4] [threads=2] [batch=512] \
#     [profile=1] [blas=openblas|mkl]
# profile=1 runs StepProfile instead of both epoch benches: ms and native ops per DL4J step of the
# AE and of the embedding network. blas=mkl runs DL4J's products on Intel MKL instead of the
# bundled OpenBLAS: JavaCPP's OpenBLAS binding loads mkl_rt when org.bytedeco.openblas.load says so,
# from the bytedeco MKL redistributable that the bench fetches (200 MB; never a product dependency).
# The machine should be otherwise idle; say in any report when it was not. On a loaded 2-core box
# PyTorch with 2 OpenMP threads ran 10-20x slower than with 1 (spin-waiting): try threads=1 too.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
for a in "$@"; do declare "${a%%=*}=${a#*=}"; done
vectors=${vectors:-20480} epochs=${epochs:-4} threads=${threads:-2} batch=${batch:-512}
profile=${profile:-0} blas=${blas:-openblas}
out=training/target/bench
mkdir -p "$out"

mvn -B -o -q -pl training -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$out/classpath.txt" -DincludeScope=test
opens="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED"
blas_cp="" blas_opts=()
case $blas in
  openblas) ;;
  mkl)
    mkl=2022.0-1.5.7
    mvn -B -q -N dependency:copy -Dartifact="org.bytedeco:mkl:$mkl:jar:linux-x86_64-redist" \
      -DoutputDirectory="$PWD/$out/mkl"
    blas_cp=":$out/mkl/mkl-$mkl-linux-x86_64-redist.jar"
    blas_opts=(-Dorg.bytedeco.openblas.load=mkl_rt) ;;
  *) echo "blas=$blas: expected openblas or mkl" >&2; exit 2 ;;
esac
java_bench() {
  OMP_NUM_THREADS=$threads MKL_NUM_THREADS=$threads java -Xmx4g $opens \
    ${blas_opts[@]+"${blas_opts[@]}"} \
    -Dorg.bytedeco.javacpp.cachedir="$PWD/target/javacpp-cache" \
    -cp "training/target/test-classes:training/target/classes:$(cat "$out/classpath.txt")$blas_cp" \
    "$@"
}
if [[ $profile == 1 ]]; then
  java_bench org.auscult.training.bench.StepProfile vectors="$vectors" threads="$threads" \
    batch="$batch"
  exit
fi
java_bench org.auscult.training.bench.AutoencoderEpochBench vectors="$vectors" epochs="$epochs" \
  threads="$threads" batch="$batch" out="$out/ae_vectors.f32"
OMP_NUM_THREADS=$threads python3 training/src/test/python/bench_ae_torch.py \
  --vectors "$out/ae_vectors.f32" --epochs "$epochs" --threads "$threads" --batch "$batch"
