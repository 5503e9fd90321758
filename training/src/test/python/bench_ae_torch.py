#!/usr/bin/env python3
"""Seconds per epoch of the DCASE autoencoder baseline in PyTorch on the CPU: the peer of
org.auscult.training.bench.AutoencoderEpochBench (DL4J), same network, optimiser, batch size,
thread count and, given --vectors, the very same float32 vectors the Java bench wrote.

Network: 640 -> (Linear 128, BatchNorm, ReLU) x4 -> (Linear 8, BatchNorm, ReLU)
-> (Linear 128, BatchNorm, ReLU) x4 -> Linear 640; MSE, Adam 1e-3; Glorot-uniform weights and zero
biases; BatchNorm momentum 0.01 / eps 1e-3 (Keras' 0.99 / 1e-3, as the DL4J factory uses).

Run it with any python3: it creates its own virtual environment under training/target/ and
installs torch and numpy there from PyPI on first use (the PyPI wheel for Linux x86-64 is the
CUDA build, several GB with its nvidia-* dependencies; it runs on the CPU all the same. Extra pip
arguments, e.g. another index serving CPU-only wheels, go in TORCH_PIP_ARGS).
"""
import argparse
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

MODULE = Path(__file__).resolve().parents[3]          # training/
VENV = MODULE / "target" / "bench-venv"
VENV_PYTHON = VENV / "bin" / "python"


def ensure_venv():
    """Re-executes this script inside training/target/bench-venv, creating it if needed."""
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not VENV_PYTHON.exists():
        print(f"creating {VENV} and installing torch, numpy from PyPI", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    probe = subprocess.run([str(VENV_PYTHON), "-c", "import torch, numpy"], capture_output=True)
    if probe.returncode != 0:
        extra = os.environ.get("TORCH_PIP_ARGS", "").split()
        subprocess.run([str(VENV_PYTHON), "-m", "pip", "install", "-q", "torch", "numpy", *extra],
                       check=True)
    # the script that was started (this one, or another bench importing this function)
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), os.path.abspath(sys.argv[0]), *sys.argv[1:]])


def block(torch, n_in, n_out):
    return [torch.nn.Linear(n_in, n_out),
            torch.nn.BatchNorm1d(n_out, eps=1e-3, momentum=0.01),
            torch.nn.ReLU()]


def autoencoder(torch, dim=640, hidden=128, layers=4, code=8):
    parts, width = [], dim
    for _ in range(layers):
        parts += block(torch, width, hidden)
        width = hidden
    parts += block(torch, width, code)
    width = code
    for _ in range(layers):
        parts += block(torch, width, hidden)
        width = hidden
    parts.append(torch.nn.Linear(width, dim))
    net = torch.nn.Sequential(*parts)
    for m in net.modules():
        if isinstance(m, torch.nn.Linear):
            torch.nn.init.xavier_uniform_(m.weight)
            torch.nn.init.zeros_(m.bias)
    return net


def synthetic(np, n, dim, seed):
    """Same recipe as the Java bench (not the same numbers): 8 latent factors, 0.1 noise."""
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((8, dim)) / np.sqrt(8)
    z = rng.standard_normal((n, 8))
    return (z @ w + 0.1 * rng.standard_normal((n, dim))).astype(np.float32)


def add_training_args(p, batch):
    """The options every torch bench shares with its Java twin: minibatch, epochs, threads, seed."""
    p.add_argument("--batch", type=int, default=batch)
    p.add_argument("--epochs", type=int, default=4)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)


def seeded(torch, a):
    """torch with the bench's threads and seed."""
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)


def timed_epochs(torch, net, opt, loss_fn, batches, epochs, unit, after=None):
    """Fits every (input, target) minibatch once per epoch with opt, printing one line per epoch
    (plus what after() returns, if given); returns the median seconds of the epochs after the
    first."""
    examples = sum(len(x) for x, _ in batches)
    seconds = []
    for epoch in range(epochs):
        net.train()
        total, start = 0.0, time.perf_counter()
        for xb, yb in batches:
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(net(xb), yb)
            loss.backward()
            opt.step()
            total += loss.item() * len(xb)
        seconds.append(time.perf_counter() - start)
        line = (f"torch epoch {epoch + 1}: {seconds[-1]:.3f} s, {examples / seconds[-1]:.1f} "
                f"{unit}/s, loss {total / examples:.5f}")
        print(line + (after() if after else ""))
    rest = sorted(seconds[1:] or seconds)
    return rest[len(rest) // 2]


def main():
    ensure_venv()
    import numpy as np
    import torch

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--vectors", type=Path, help="float32 file of N x 640 written by the Java bench")
    p.add_argument("--validation", type=Path,
                   help="float32 file of held-out vectors: their loss is printed after each epoch")
    p.add_argument("--n", type=int, default=20480, help="vectors to generate without --vectors")
    add_training_args(p, batch=512)
    a = p.parse_args()

    seeded(torch, a)
    if a.vectors:
        x = np.fromfile(a.vectors, dtype="<f4").reshape(-1, 640)
    else:
        x = synthetic(np, a.n, 640, a.seed)
    order = np.random.default_rng(a.seed).permutation(len(x))
    data = torch.from_numpy(x[order].copy())
    batches = [data[i:i + a.batch] for i in range(0, len(data), a.batch)]

    held = None
    if a.validation:
        held = torch.from_numpy(np.fromfile(a.validation, dtype="<f4").reshape(-1, 640))

    net = autoencoder(torch)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = torch.nn.MSELoss()
    after = None
    if held is not None:
        def after():
            net.eval()
            with torch.no_grad():
                return f", validation loss {loss_fn(net(held), held).item():.5f}"
    median = timed_epochs(torch, net, opt, loss_fn, [(b, b) for b in batches], a.epochs, "vectors",
                          after)
    print(f"torch summary: {len(x)} vectors, batch {a.batch}, {torch.get_num_threads()} threads, "
          f"torch {torch.__version__}: median {median:.3f} s/epoch after the first")


if __name__ == "__main__":
    main()
