"""Reference vectors for PolyphaseResampler: scipy.signal.resample_poly with its defaults.

Run by submit/tools/resample-reference.sh (a venv under target/ with scipy from PyPI); writes
resample_<from>_<to>.txt into the folder given as the only argument: one output sample per line,
repr() of the float64 (round-trips exactly).

Input, reproducible bit for bit in Java: s_0 = 2022, s_{k+1} = (1664525 s_k + 1013904223) mod 2^32,
x[n] = 0.1 (2 s_{n+1} / 2^32 - 1), n = 0 .. N-1, N = from_rate / 4 (a quarter of a second):
white noise, so every frequency, the ones that would alias included, passes the filter.
"""
import sys
from fractions import Fraction

import numpy as np
import scipy
from scipy.signal import resample_poly

CASES = [(48000, 16000), (44100, 16000), (22050, 16000), (8000, 16000)]


def lcg_noise(n):
    s = 2022
    x = np.empty(n)
    for i in range(n):
        s = (1664525 * s + 1013904223) % (1 << 32)
        x[i] = 0.1 * (2.0 * s / 2.0 ** 32 - 1.0)
    return x


def main(out_dir):
    for src, dst in CASES:
        ratio = Fraction(dst, src)
        x = lcg_noise(src // 4)
        y = resample_poly(x, ratio.numerator, ratio.denominator)
        with open(f"{out_dir}/resample_{src}_{dst}.txt", "w") as f:
            for v in y:
                f.write(repr(float(v)) + "\n")
    print(f"scipy {scipy.__version__}, numpy {np.__version__}")


if __name__ == "__main__":
    main(sys.argv[1])
