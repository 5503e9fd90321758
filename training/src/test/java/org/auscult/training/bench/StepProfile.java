package org.auscult.training.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.auscult.training.engine.NativeThreads;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.Minibatches;
import org.auscult.training.nets.AutoencoderFactory;
import org.auscult.training.nets.AutoencoderSettings;
import org.auscult.training.nets.ClipEncoderSettings;
import org.auscult.training.nets.EmbeddingFactory;
import org.auscult.training.nets.EmbeddingSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.profiler.OpProfiler;
import org.nd4j.linalg.profiler.ProfilerConfig;

/**
 * One training step of the autoencoder baseline, then of the embedding network, looked at
 * closely: milliseconds per step (epochs timed after a warm-up epoch, the profiler off), then
 * native ops per step and ND4J's op profiler's dashboard (ops by name, with their times) for
 * {@code steps} profiled steps. The data are {@link AutoencoderEpochBench}'s vectors (batch 512)
 * and 1,024 of {@link EmbeddingEpochBench}'s windows (the {@code quick} encoder, batch 32); run it
 * through {@code src/test/bench/run_ae_bench.sh profile=1}.
 *
 * <p>Arguments (all optional): {@code vectors=20480 batch=512 epochs=3 steps=20 threads=1 seed=1}.
 */
public final class StepProfile {
  private static final Map<String, String> DEFAULTS = Map.of("vectors", "20480", "batch", "512",
      "epochs", "3", "steps", "20", "threads", "1", "seed", "1");

  private StepProfile() {}

  public static void main(String[] args) {
    BenchArgs a = BenchArgs.parse(args, DEFAULTS);
    NativeThreads.limit(a.integer("threads"));
    int vectors = a.integer("vectors");
    long seed = a.longInteger("seed");
    List<DataSet> batches = Minibatches.shuffled(new Examples(
        AutoencoderEpochBench.synthetic(vectors, 640, seed), new long[] {640}, null, 0, vectors),
        a.integer("batch"), seed);
    MultiLayerNetwork ae = AutoencoderFactory.build(AutoencoderSettings.baseline(seed));
    profile("ae", batches, ae::fit, a.integer("epochs"), a.integer("steps"));

    int windows = 1024;
    int classes = 21;
    int[] ids = new int[windows];
    float[] x = EmbeddingEpochBench.synthetic(windows, classes, 128, 128, seed, ids);
    ComputationGraph embedding = EmbeddingFactory.build(new EmbeddingSettings(
        ClipEncoderSettings.quick(seed, 1e-3, 128, 128), "adacos", classes, 4));
    profile("embedding", EmbeddingEpochBench.batches(x, ids, classes, 32, 128, 128),
        embedding::fit, a.integer("epochs"), a.integer("steps"));
  }

  private static void profile(String name, List<DataSet> batches, Consumer<DataSet> fit,
      int epochs, int steps) {
    batches.forEach(fit);

    long start = System.nanoTime();
    for (int e = 0; e < epochs; e++) {
      batches.forEach(fit);
    }
    double msPerStep = (System.nanoTime() - start) / 1e6 / (epochs * batches.size());

    OpExecutioner executioner = Nd4j.getExecutioner();
    executioner.setProfilingConfig(ProfilerConfig.builder().checkElapsedTime(true).build());
    executioner.setProfilingMode(OpExecutioner.ProfilingMode.ALL);
    OpProfiler.getInstance().reset();
    for (int i = 0; i < steps; i++) {
      fit.accept(batches.get(i % batches.size()));
    }
    executioner.setProfilingMode(OpExecutioner.ProfilingMode.DISABLED);
    System.out.printf(Locale.ROOT, "%s step: %.2f ms per step (%d epochs of %d steps after a "
        + "warm-up epoch, %d native threads), %.1f native ops per step%n", name, msPerStep, epochs,
        batches.size(), NativeThreads.current(),
        OpProfiler.getInstance().getInvocationsCount() / (double) steps);
    OpProfiler.getInstance().printOutDashboard();
  }
}
