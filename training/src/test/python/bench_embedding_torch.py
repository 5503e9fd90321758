#!/usr/bin/env python3
"""Seconds per epoch of Auscult's embedding network in PyTorch on the CPU: the peer of
org.auscult.training.bench.EmbeddingEpochBench (DL4J), same architecture, loss, optimiser, batch
size, thread count, and the very same windows in the same minibatches and order.

Network (ClipEncoder, `quick` size): input [batch, 1, frames, mels]; Conv (5 frames x all mels,
stride 2 in time, 32 channels), then Conv (3 frames, stride 2) to 64 and to 128 channels, each
without bias and followed by BatchNorm (eps 1e-3, DL4J decay 0.9 = momentum 0.1) and ReLU; the
mean and the max over time of the last block and the mean over time of the first, concatenated
(288), through a linear layer without bias to 128, L2-normalised. Loss: sub-cluster AdaCos, 4
fixed random unit centres per class, the adaptive scale set from each minibatch before its step.
Adam 1e-3; He-normal weights (DL4J's RELU init).

Run it with any python3: it re-executes itself in training/target/bench-venv, created and filled
with torch and numpy from PyPI on first use (see bench_ae_torch.py).
"""
import argparse
import math
from pathlib import Path

from bench_ae_torch import add_training_args, ensure_venv, seeded, timed_epochs


def encoder(torch, mels, channels=(32, 64, 128), size=128):
    nn = torch.nn

    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            blocks, width = [], 1
            for i, c in enumerate(channels):
                kernel = (5, mels) if i == 0 else (3, 1)
                blocks.append(nn.Sequential(
                    nn.Conv2d(width, c, kernel, stride=(2, 1), padding=(kernel[0] // 2, 0),
                              bias=False),
                    nn.BatchNorm2d(c, eps=1e-3, momentum=0.1), nn.ReLU()))
                width = c
            self.blocks = nn.ModuleList(blocks)
            self.vector = nn.Linear(2 * channels[-1] + channels[0], size, bias=False)
            for m in self.modules():
                if isinstance(m, (nn.Conv2d, nn.Linear)):
                    nn.init.kaiming_normal_(m.weight, nonlinearity="relu")

        def forward(self, x):
            first = None
            for b in self.blocks:
                x = b(x)
                if first is None:
                    first = x
            pooled = torch.cat([x.mean(dim=(2, 3)), x.amax(dim=(2, 3)), first.mean(dim=(2, 3))], 1)
            return torch.nn.functional.normalize(self.vector(pooled), dim=1, eps=1e-8)

    return Encoder()


class SubclusterAdaCos:
    def __init__(self, torch, classes, subclusters, dim, seed):
        g = torch.Generator().manual_seed(seed)
        w = torch.randn(dim, classes * subclusters, generator=g)
        self.torch, self.w = torch, w / w.norm(dim=0, keepdim=True)
        self.classes, self.k = classes, subclusters
        self.scale = max(1.0, math.sqrt(2) * math.log(classes * subclusters - 1))

    def __call__(self, e, y):
        torch = self.torch
        cos = e @ self.w
        with torch.no_grad():
            c = cos.view(-1, self.classes, self.k)
            others = (torch.exp(self.scale * c) * (y == 0).unsqueeze(2)).sum(dim=(1, 2))
            nearest = torch.acos(c.clamp(-1, 1)).amin(dim=2)
            angle = (y * nearest).sum(dim=1)
            nxt = math.log(others.mean().item()) / math.cos(min(math.pi / 4, angle.median().item()))
            if math.isfinite(nxt) and nxt > 0:
                self.scale = nxt
        p = torch.softmax(self.scale * cos, dim=1).view(-1, self.classes, self.k).sum(dim=2)
        return -(y * torch.log(p.clamp_min(1e-30))).sum(dim=1).mean()


def main():
    ensure_venv()
    import numpy as np
    import torch

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", type=Path, required=True,
                   help="folder with windows.f32 and classes.i32 written by the Java bench")
    p.add_argument("--frames", type=int, default=128)
    p.add_argument("--mels", type=int, default=128)
    add_training_args(p, batch=32)
    a = p.parse_args()

    seeded(torch, a)
    ids = np.fromfile(a.data / "classes.i32", dtype="<i4")
    x = torch.from_numpy(np.fromfile(a.data / "windows.f32", dtype="<f4")
                         .reshape(-1, 1, a.frames, a.mels))
    classes = int(ids.max()) + 1
    y = torch.nn.functional.one_hot(torch.from_numpy(ids.astype(np.int64)), classes).float()
    batches = [(x[i:i + a.batch], y[i:i + a.batch]) for i in range(0, len(x), a.batch)]

    net = encoder(torch, a.mels)
    loss_fn = SubclusterAdaCos(torch, classes, 4, 128, a.seed)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    median = timed_epochs(torch, net, opt, loss_fn, batches, a.epochs, "windows")
    params = sum(t.numel() for t in net.parameters())
    print(f"torch summary: {len(x)} windows of {a.frames} x {a.mels}, {classes} classes, batch "
          f"{a.batch}, {params} trainable parameters, {torch.get_num_threads()} threads, torch "
          f"{torch.__version__}: median {median:.3f} s/epoch after the first")


if __name__ == "__main__":
    main()
