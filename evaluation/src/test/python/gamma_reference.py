"""Reference values for GammaThreshold's tests: scipy's default three-parameter gamma fit.

Run from the evaluation module (scipy and numpy from PyPI into a venv under target/):
    python3 -m venv target/venv && target/venv/bin/pip install scipy numpy
    target/venv/bin/python src/test/python/gamma_reference.py
It prints, per seeded sample, the sample (repr, so every double round-trips) and what
scipy.stats.gamma.fit(sample) returns (free location, Nelder-Mead from scipy's moment start),
its log-likelihood and 0.9 quantile, plus numpy's linear-interpolation 90th percentile.
GammaThresholdTest holds these numbers as constants.
"""
import textwrap

import numpy as np
import scipy
from scipy import stats

# name, seed, n, how the sample is drawn
CASES = [
    ("gamma_a2p5", 1, 60,
     lambda rng, n: stats.gamma.rvs(2.5, loc=0.0, scale=1.3, size=n, random_state=rng)),
    ("gamma_a7_shifted", 2, 100,
     lambda rng, n: stats.gamma.rvs(7.0, loc=-20.0, scale=0.8, size=n, random_state=rng)),
    ("lognormal", 3, 80,  # not a gamma: the fit is still defined
     lambda rng, n: rng.lognormal(mean=1.0, sigma=0.4, size=n)),
    ("gamma_a4_small_scale", 4, 50,
     lambda rng, n: stats.gamma.rvs(4.0, loc=10.0, scale=0.05, size=n, random_state=rng)),
    ("left_skewed", 5, 60,  # no interior likelihood maximum: scipy drifts, Auscult falls back
     lambda rng, n: 10.0 - stats.gamma.rvs(3.0, scale=1.0, size=n, random_state=rng)),
]


def main():
    print(f"  // scipy {scipy.__version__}, numpy {np.__version__}")
    for name, seed, n, draw in CASES:
        rng = np.random.default_rng(seed)
        x = np.asarray(draw(rng, n), dtype=float)
        a, loc, scale = stats.gamma.fit(x)
        loglik = float(np.sum(stats.gamma.logpdf(x, a, loc=loc, scale=scale)))
        q90 = float(stats.gamma.ppf(0.9, a, loc=loc, scale=scale))
        p90 = float(np.percentile(x, 90))
        # printed as a Java field of GammaThresholdTest: sample, then scipy's numbers
        print(f"  // {name}: seed {seed}, n = {n}")
        print(f"  private static final Reference {name.upper()} = new Reference(\"{name}\",")
        values = textwrap.wrap(", ".join(repr(float(v)) for v in x), width=90)
        print("      new double[] {\n          " + "\n          ".join(values) + "},")
        print(f"      {float(a)!r}, {float(loc)!r}, {float(scale)!r},")
        print(f"      {loglik!r}, {q90!r}, {p90!r});")


if __name__ == "__main__":
    main()
