"""Reference values for GammaThreshold's tests: scipy's default three-parameter gamma fit.

Run from the evaluation module (scipy and numpy from PyPI into a venv under target/):
    python3 -m venv target/venv && target/venv/bin/pip install scipy numpy
    target/venv/bin/python src/test/python/gamma_reference.py \
        > src/test/resources/reference/scipy-gamma-fit/gamma_fit.csv
It prints, per seeded sample, what scipy.stats.gamma.fit(sample) returns (free location,
Nelder-Mead from scipy's moment start), its log-likelihood and 0.9 quantile, numpy's
linear-interpolation 90th percentile, and the sample (repr, so every double round-trips):
the CSV GammaThresholdTest reads.
"""
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
    print(f"# scipy {scipy.__version__}, numpy {np.__version__}: printed by "
          "src/test/python/gamma_reference.py (see PROVENANCE.md)")
    print("name,shape,location,scale,log_likelihood,quantile90,percentile90,sample")
    for name, seed, n, draw in CASES:
        rng = np.random.default_rng(seed)
        x = np.asarray(draw(rng, n), dtype=float)
        a, loc, scale = stats.gamma.fit(x)
        loglik = float(np.sum(stats.gamma.logpdf(x, a, loc=loc, scale=scale)))
        q90 = float(stats.gamma.ppf(0.9, a, loc=loc, scale=scale))
        p90 = float(np.percentile(x, 90))
        numbers = [float(a), float(loc), float(scale), loglik, q90, p90]
        print(",".join([name] + [repr(v) for v in numbers]
                       + [" ".join(repr(float(v)) for v in x)]))


if __name__ == "__main__":
    main()
