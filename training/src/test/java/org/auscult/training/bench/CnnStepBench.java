package org.auscult.training.bench;

import java.util.List;
import java.util.Locale;
import org.auscult.training.engine.NativeThreads;
import org.auscult.training.nets.ClassifierFactory;
import org.auscult.training.nets.ClassifierSettings;
import org.auscult.training.nets.CnnTrunkSettings.Architecture;
import org.auscult.training.nets.CnnTrunkSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training speed of the classifier trunks on 64 × 128 patches: quick and baseline sizes, plain
 * conv blocks versus MobileNetV2-style inverted residual blocks (DL4J depthwise convolutions).
 * Prints patches per second of {@code fit} on random minibatches of 32, after a warm-up.
 * Arguments: {@code threads=2 steps=10}.
 */
public final class CnnStepBench {
  private CnnStepBench() {}

  public static void main(String[] args) {
    int threads = 2;
    int steps = 10;
    for (String a : args) {
      if (a.startsWith("threads=")) {
        threads = Integer.parseInt(a.substring(8));
      } else if (a.startsWith("steps=")) {
        steps = Integer.parseInt(a.substring(6));
      } else {
        throw new IllegalArgumentException("unknown argument '" + a + "', expected threads= or steps=");
      }
    }
    NativeThreads.limit(threads);
    Nd4j.getRandom().setSeed(1);
    INDArray x = Nd4j.rand(DataType.FLOAT, 32, 1, 64, 128);
    INDArray y = Nd4j.zeros(DataType.FLOAT, 32, 3);
    for (int i = 0; i < 32; i++) {
      y.putScalar(i, i % 3, 1f);
    }
    DataSet batch = new DataSet(x, y);
    CnnTrunkSettings quick = CnnTrunkSettings.quick(64, 128);
    CnnTrunkSettings baseline = CnnTrunkSettings.baseline(64, 128);
    for (var c : List.of(
        new Object[] {"quick plain", quick, 32},
        new Object[] {"quick inverted-residual", quick.withArchitecture(Architecture.INVERTED_RESIDUAL), 32},
        new Object[] {"baseline plain", baseline, 128},
        new Object[] {"baseline inverted-residual", baseline.withArchitecture(Architecture.INVERTED_RESIDUAL), 128})) {
      ComputationGraph net = ClassifierFactory.build(
          new ClassifierSettings(1, 1e-3, 3, (CnnTrunkSettings) c[1], (Integer) c[2]));
      for (int i = 0; i < 2; i++) {
        net.fit(batch);
      }
      long start = System.nanoTime();
      for (int i = 0; i < steps; i++) {
        net.fit(batch);
      }
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%-28s %9d params  %7.1f patches/s  (%.3f s per minibatch of 32)%n",
          c[0], net.numParams(), steps * 32 / s, s / steps);
    }
  }
}
