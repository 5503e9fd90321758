package org.auscult.jobs.train;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.spark.api.TrainingMaster;
import org.deeplearning4j.spark.api.stats.SparkTrainingStats;
import org.deeplearning4j.spark.impl.graph.SparkComputationGraph;
import org.deeplearning4j.spark.impl.multilayer.SparkDl4jMultiLayer;
import org.nd4j.linalg.dataset.DataSet;

/**
 * A MultiLayerNetwork or ComputationGraph wrapped for dl4j-spark, behind one small interface. The
 * training statistics are the training master's (both wrappers only pass them through), so they
 * are asked of it directly.
 */
public final class SparkNetwork {
  private final SparkDl4jMultiLayer multiLayer;
  private final SparkComputationGraph graph;
  private final TrainingMaster<?, ?> master;

  private SparkNetwork(SparkDl4jMultiLayer multiLayer, SparkComputationGraph graph,
      TrainingMaster<?, ?> master) {
    this.multiLayer = multiLayer;
    this.graph = graph;
    this.master = master;
  }

  /** Wraps {@code model} (either kind) with {@code master}. */
  public static SparkNetwork of(JavaSparkContext sc, Model model, TrainingMaster<?, ?> master) {
    if (model instanceof MultiLayerNetwork mln) {
      return new SparkNetwork(new SparkDl4jMultiLayer(sc, mln, master), null, master);
    }
    if (model instanceof ComputationGraph cg) {
      return new SparkNetwork(null, new SparkComputationGraph(sc, cg, master), master);
    }
    throw new IllegalArgumentException("expected a MultiLayerNetwork or ComputationGraph, got "
        + model.getClass().getName());
  }

  /** Trains one pass over the {@link MinibatchFile}s at {@code paths}. */
  public void fitPaths(JavaRDD<String> paths) {
    if (multiLayer != null) {
      multiLayer.fitPaths(paths, new MinibatchLoader());
    } else {
      graph.fitPaths(paths, new MinibatchLoader());
    }
  }

  /** The network with the current (averaged) parameters. */
  public Model model() {
    return multiLayer != null ? multiLayer.getNetwork() : graph.getNetwork();
  }

  /** Mean loss of {@code batch} in inference mode (batch norm uses its running statistics). */
  public double score(DataSet batch) {
    return multiLayer != null ? multiLayer.getNetwork().score(batch, false)
        : graph.getNetwork().score(batch, false);
  }

  /** Turns dl4j-spark's timing statistics on or off. */
  public void collectStats(boolean on) {
    master.setCollectTrainingStats(on);
  }

  /** dl4j-spark's timing statistics of the fits so far, or null when not collected. */
  public SparkTrainingStats stats() {
    return master.getTrainingStats();
  }
}
