package org.auscult.training.nets;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * The state a network keeps outside its parameters: the angular losses' adaptive scale (AdaCos)
 * lives in the loss layer's configuration and moves with every training step. An engine that
 * trains copies of a network and brings back only their parameters (dl4j-spark's averaging) leaves
 * the original's scale where it started: the original then measures its losses with another scale
 * than its copies train with, and hands the starting scale to every next round of copies.
 */
public final class AdaptiveLosses {
  private AdaptiveLosses() {}

  /** True when one of {@code network}'s output layers has a loss whose scale adapts. */
  public static boolean present(Model network) {
    return !adaptive(network).isEmpty();
  }

  /** The current scales of those losses, in the configuration's order of layers. */
  public static double[] scales(Model network) {
    return adaptive(network).stream().mapToDouble(FixedCentreLoss::getScale).toArray();
  }

  /**
   * Adapts those losses to {@code batch} as a training step would, leaving the parameters and the
   * optimiser's state as they were: a forward and backward pass in training mode whose gradient is
   * dropped.
   *
   * @throws IllegalArgumentException when {@code network} is neither kind of DL4J network
   */
  public static void adaptTo(Model network, DataSet batch) {
    if (network instanceof ComputationGraph g) {
      g.setInputs(batch.getFeatures());
      g.setLabels(batch.getLabels());
      g.computeGradientAndScore();
      g.clear();
    } else if (network instanceof MultiLayerNetwork m) {
      m.setInput(batch.getFeatures());
      m.setLabels(batch.getLabels());
      m.computeGradientAndScore();
      // not clear(): on a MultiLayerNetwork it drops the solver, and the optimiser's state with it
      m.setInput(null);
      m.setLabels(null);
      m.clearLayersStates();
    } else {
      throw unknown(network);
    }
  }

  private static List<FixedCentreLoss> adaptive(Model network) {
    List<Layer> layers = new ArrayList<>();
    if (network instanceof ComputationGraph g) {
      for (GraphVertex v : g.getConfiguration().getVertices().values()) {
        if (v instanceof LayerVertex lv) {
          layers.add(lv.getLayerConf().getLayer());
        }
      }
    } else if (network instanceof MultiLayerNetwork m) {
      m.getLayerWiseConfigurations().getConfs().forEach(c -> layers.add(c.getLayer()));
    } else {
      throw unknown(network);
    }
    List<FixedCentreLoss> out = new ArrayList<>();
    for (Layer l : layers) {
      ILossFunction loss = l instanceof LossLayer ll ? ll.getLossFn()
          : l instanceof BaseOutputLayer bo ? bo.getLossFn() : null;
      if (loss instanceof FixedCentreLoss f && f.isAdaptive()) {
        out.add(f);
      }
    }
    return out;
  }

  private static IllegalArgumentException unknown(Model network) {
    return new IllegalArgumentException("expected a MultiLayerNetwork or ComputationGraph, got "
        + (network == null ? "null" : network.getClass().getName()));
  }
}
