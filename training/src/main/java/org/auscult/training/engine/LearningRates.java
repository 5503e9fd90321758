package org.auscult.training.engine;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** The one fixed step size of a network's updater, read and set for all its layers at once. */
public final class LearningRates {
  private LearningRates() {}

  /** The step size of the first layer that has one; fails if no layer has. */
  public static double of(Model network) {
    Double rate = null;
    if (network instanceof MultiLayerNetwork n) {
      for (int i = 0; rate == null && i < n.getnLayers(); i++) {
        rate = n.getLearningRate(i);
      }
    } else if (network instanceof ComputationGraph g) {
      for (int i = 0; rate == null && i < g.getLayers().length; i++) {
        rate = g.getLearningRate(g.getLayer(i).conf().getLayer().getLayerName());
      }
    } else {
      throw new IllegalArgumentException("not a MultiLayerNetwork or ComputationGraph: "
          + network.getClass().getName());
    }
    if (rate == null) {
      throw new IllegalArgumentException("no layer of the network has a learning rate");
    }
    return rate;
  }

  /** Sets every layer's step size to {@code rate}, keeping the updater's state. */
  public static void set(Model network, double rate) {
    if (!(rate > 0)) {
      throw new IllegalArgumentException("learning rate must be > 0, got " + rate);
    }
    if (network instanceof MultiLayerNetwork n) {
      n.setLearningRate(rate);
    } else if (network instanceof ComputationGraph g) {
      g.setLearningRate(rate);
    } else {
      throw new IllegalArgumentException("not a MultiLayerNetwork or ComputationGraph: "
          + network.getClass().getName());
    }
  }
}
