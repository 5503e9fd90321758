package org.auscult.training.nets;

import java.util.Set;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** What the tests of our faster DL4J layers share: seeded batches, differences, gradient checks. */
final class StockComparison {
  private StockComparison() {}

  /**
   * 12 examples (7 for seeds divisible by 5, so batch sizes change) of 10 features shifted and
   * scaled away from 0 and 1, 4 regression targets.
   */
  static DataSet batch(DataType type, long seed) {
    Nd4j.getRandom().setSeed(seed);
    int n = seed % 5 == 0 ? 7 : 12;
    INDArray x = Nd4j.randn(type, n, 10).muli(3).addi(2);
    INDArray y = Nd4j.randn(type, n, 4);
    return new DataSet(x, y);
  }

  /** Both networks fitted on the same twenty batches. */
  static void fitBoth(MultiLayerNetwork a, MultiLayerNetwork b, DataType type) {
    for (int step = 0; step < 20; step++) {
      DataSet batch = batch(type, step);
      a.fit(batch);
      b.fit(batch);
    }
  }

  /** The largest difference of two arrays, relative to the largest magnitude in {@code b}. */
  static double maxRelativeDifference(INDArray a, INDArray b) {
    double[] x = a.ravel().toDoubleVector();
    double[] y = b.ravel().toDoubleVector();
    double scale = 1e-12;
    double max = 0;
    for (int i = 0; i < x.length; i++) {
      scale = Math.max(scale, Math.abs(y[i]));
      max = Math.max(max, Math.abs(x[i] - y[i]));
    }
    return max / scale;
  }

  /** DL4J's gradient check of a double-precision network with a no-op updater. */
  static boolean gradientCheckPasses(MultiLayerNetwork net, Set<String> exclude) {
    return gradientCheckPasses(net, batch(DataType.DOUBLE, 3), exclude);
  }

  /** The same on {@code batch}. */
  static boolean gradientCheckPasses(MultiLayerNetwork net, DataSet batch, Set<String> exclude) {
    // GradientCheckUtil insists on the global default type too; restore it afterwards
    DataType defaultType = Nd4j.dataType();
    DataType floatType = Nd4j.defaultFloatingPointType();
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    try {
      return GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net)
          .input(batch.getFeatures()).labels(batch.getLabels())
          .epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9).excludeParams(exclude));
    } finally {
      Nd4j.setDefaultDataTypes(defaultType, floatType);
    }
  }
}
