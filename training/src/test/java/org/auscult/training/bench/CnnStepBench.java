package org.auscult.training.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.auscult.training.engine.NativeThreads;
import org.auscult.training.nets.ClassifierFactory;
import org.auscult.training.nets.ClassifierSettings;
import org.auscult.training.nets.ClipEncoderSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training speed of the clip encoder (classifier and embedding) on log-mel windows of 128 mels:
 * quick and baseline sizes, 128 and 256 frames. Prints windows per second of {@code fit} on random
 * minibatches of 32 over 21 classes, after a warm-up. Arguments: {@code threads=2 steps=10}.
 */
public final class CnnStepBench {
  private CnnStepBench() {}

  public static void main(String[] args) {
    BenchArgs a = BenchArgs.parse(args, Map.of("threads", "2", "steps", "10"));
    int threads = a.integer("threads");
    int steps = a.integer("steps");
    NativeThreads.limit(threads);
    Nd4j.getRandom().setSeed(1);
    for (String size : List.of("quick", "baseline")) {
      for (int frames : new int[] {128, 256}) {
        INDArray x = Nd4j.rand(DataType.FLOAT, 32, 1, frames, 128);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 32, 21);
        for (int i = 0; i < 32; i++) {
          y.putScalar(i, i % 21, 1f);
        }
        DataSet batch = new DataSet(x, y);
        ComputationGraph net = ClassifierFactory.build(new ClassifierSettings(
            ClipEncoderSettings.of(size, 1, 1e-3, 128, frames), 21));
        for (int i = 0; i < 2; i++) {
          net.fit(batch);
        }
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
          net.fit(batch);
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-9s %3d frames %9d params  %7.1f windows/s  (%.3f s per "
            + "minibatch of 32)%n", size, frames, net.numParams(), 32.0 * steps / s, s / steps);
      }
    }
  }
}
