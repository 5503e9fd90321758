"""Peer benchmark for the log-mel kernel: librosa on the clips LogMelBenchmark.java uses.

One thread (BLAS/OpenMP/numba pinned to 1 before numpy loads), 10-s clips of seeded LCG noise as
float32 (bit-identical to the Java benchmark's clips), and the baselines' front end:
librosa.feature.melspectrogram(y, sr=16000, n_fft=1024, hop_length=512, n_mels=128, power=2.0) then
10*log10(max(mel, eps)). Prints clips/s per core (wall-clock, and per CPU-second of the process), as
mean and range over the measurement rounds.

Two variants:
  as-called   melspectrogram() exactly as the baselines call it: the mel basis is rebuilt every call
              (librosa only caches it when LIBROSA_CACHE_DIR is set, which the baselines do not).
  basis-once  librosa's best case: the mel basis built once, then stft -> |.|^2 -> basis @ S per clip.
Run by submit/bench/logmel-kernel.sh, which installs librosa into a venv under target/.
"""

import argparse
import json
import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMBA_NUM_THREADS",
             "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"

import sys  # noqa: E402
import time  # noqa: E402

import librosa  # noqa: E402
import numpy as np  # noqa: E402

SR = 16000
N_FFT = 1024
HOP = 512
N_MELS = 128
CLIP_SAMPLES = 160000
EPS = sys.float_info.epsilon


def lcg_noise(seed, n):
    """s_{k+1} = (1664525 s_k + 1013904223) mod 2^32; sample k = 0.1 (2 s_{k+1} / 2^32 - 1) as float32."""
    states = np.empty(n, dtype=np.float64)
    s = seed
    for k in range(n):
        s = (1664525 * s + 1013904223) & 0xFFFFFFFF
        states[k] = s
    return (0.1 * (2.0 * states / 4294967296.0 - 1.0)).astype(np.float32)


def logmel_as_called(y):
    mel = librosa.feature.melspectrogram(y=y, sr=SR, n_fft=N_FFT, hop_length=HOP, n_mels=N_MELS, power=2.0)
    return 10.0 * np.log10(np.maximum(mel, EPS))


MEL_BASIS = librosa.filters.mel(sr=SR, n_fft=N_FFT, n_mels=N_MELS)


def logmel_basis_once(y):
    power = np.abs(librosa.stft(y, n_fft=N_FFT, hop_length=HOP)) ** 2
    return 10.0 * np.log10(np.maximum(MEL_BASIS @ power, EPS))


def rounds(fn, clips, warmup_s, round_s, n_rounds):
    """Clips per wall-clock second and per CPU-second of this process, for each round after a warm-up.

    Clips are cycled as in the Java benchmark. On a machine shared with other work the CPU-time rate
    is the steadier per-core figure.
    """
    i = 0
    end = time.perf_counter() + warmup_s
    while time.perf_counter() < end:
        fn(clips[i % len(clips)])
        i += 1
    rates = []
    cpu_rates = []
    for _ in range(n_rounds):
        done = 0
        start = time.perf_counter()
        cpu_start = time.process_time()
        while True:
            fn(clips[i % len(clips)])
            i += 1
            done += 1
            elapsed = time.perf_counter() - start
            if elapsed >= round_s:
                break
        rates.append(done / elapsed)
        cpu_rates.append(done / (time.process_time() - cpu_start))
    return rates, cpu_rates


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=4, help="distinct clips, seeds 2022, 2023, ...")
    parser.add_argument("--warmup", type=float, default=4.0, help="warm-up seconds per variant")
    parser.add_argument("--round", type=float, default=2.0, help="seconds per measurement round")
    parser.add_argument("--rounds", type=int, default=5, help="measurement rounds per variant")
    parser.add_argument("--json", help="also write {variant: {wall: [...], cpu: [...]}} (clips/s per round)")
    args = parser.parse_args()

    clips = [lcg_noise(2022 + c, CLIP_SAMPLES) for c in range(args.clips)]
    shape = logmel_as_called(clips[0]).shape
    if shape != (N_MELS, 313):
        raise SystemExit(f"expected a 128 x 313 log-mel, got {shape}")
    print(f"librosa {librosa.__version__}, numpy {np.__version__}, one thread, "
          f"{args.clips} clips of {CLIP_SAMPLES} float32 samples")
    results = {}
    for name, fn in (("as-called", logmel_as_called), ("basis-once", logmel_basis_once)):
        rates, cpu_rates = rounds(fn, clips, args.warmup, args.round, args.rounds)
        results[f"librosa {name}"] = {"wall": rates, "cpu": cpu_rates}
        print(f"librosa {name}: {np.mean(rates):.1f} clips/s per core wall-clock "
              f"(rounds {min(rates):.1f} .. {max(rates):.1f}), "
              f"{np.mean(cpu_rates):.1f} clips per CPU-second")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f)


if __name__ == "__main__":
    main()
