package org.auscult.training.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.auscult.training.engine.NativeThreads;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.Minibatches;
import org.auscult.training.nets.AutoencoderFactory;
import org.auscult.training.nets.AutoencoderSettings;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Seconds per epoch of the DCASE autoencoder baseline (640-128×4-8-128×4-640, BN + ReLU, Adam
 * 1e-3) trained with DL4J in this JVM on seeded synthetic 640-d vectors: 8 latent Gaussian factors
 * through a fixed random 8 × 640 mixing plus 0.1 noise. Writes the vectors as little-endian
 * float32 so {@code src/test/python/bench_ae_torch.py} trains the same network on the very same
 * data; run both through {@code src/test/bench/run_ae_bench.sh}.
 *
 * <p>Arguments (all optional): {@code vectors=20480 batch=512 epochs=4 threads=2
 * out=training/target/bench/ae_vectors.f32 seed=1}. Prints one line per epoch and a summary line
 * with the median of the epochs after the first (which includes JIT and native warm-up).
 */
public final class AutoencoderEpochBench {
  private static final Map<String, String> DEFAULTS = Map.of("vectors", "20480", "batch", "512",
      "epochs", "4", "threads", "2", "seed", "1", "out", "training/target/bench/ae_vectors.f32");

  private AutoencoderEpochBench() {}

  public static void main(String[] args) throws IOException {
    BenchArgs a = BenchArgs.parse(args, DEFAULTS);
    int vectors = a.integer("vectors");
    int batch = a.integer("batch");
    int epochs = a.integer("epochs");
    int threads = a.integer("threads");
    long seed = a.longInteger("seed");

    NativeThreads.limit(threads);
    float[] data = synthetic(vectors, 640, seed);
    LittleEndianFiles.writeFloats(a.path("out"), data);
    List<DataSet> batches = Minibatches.shuffled(
        new Examples(data, new long[] {640}, null, 0, vectors), batch, seed);
    MultiLayerNetwork net = AutoencoderFactory.build(AutoencoderSettings.baseline(seed));

    double median = EpochTimer.medianAfterFirst(epochs, batches, net::fit, net::score,
        "vectors");
    System.out.printf(Locale.ROOT,
        "dl4j summary: %d vectors, batch %d, %d threads (ND4J reports %d): median %.3f s/epoch "
            + "after the first%n", vectors, batch, threads, NativeThreads.current(), median);
  }

  /** x = z·W + 0.1·noise, z ~ N(0, 1)^8, W ~ N(0, 1)^(8 × dim) / √8, all from {@code seed}. */
  static float[] synthetic(int n, int dim, long seed) {
    Random random = new Random(seed);
    int latent = 8;
    double[][] w = new double[latent][dim];
    for (double[] row : w) {
      for (int d = 0; d < dim; d++) {
        row[d] = random.nextGaussian() / Math.sqrt(latent);
      }
    }
    float[] x = new float[n * dim];
    double[] z = new double[latent];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < latent; k++) {
        z[k] = random.nextGaussian();
      }
      for (int d = 0; d < dim; d++) {
        double v = 0.1 * random.nextGaussian();
        for (int k = 0; k < latent; k++) {
          v += z[k] * w[k][d];
        }
        x[i * dim + d] = (float) v;
      }
    }
    return x;
  }
}
