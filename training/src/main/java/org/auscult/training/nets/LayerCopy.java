package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;

/** DL4J layer settings copied field by field from a builder-made layer into one of ours. */
final class LayerCopy {
  private LayerCopy() {}

  /** Every setting a {@link FeedForwardLayer} holds (name, dropout, init, updaters, sizes…). */
  static <T extends FeedForwardLayer> T feedForward(FeedForwardLayer from, T to) {
    to.setLayerName(from.getLayerName());
    to.setIDropout(from.getIDropout());
    to.setConstraints(from.getConstraints());
    to.setActivationFn(from.getActivationFn());
    to.setWeightInitFn(from.getWeightInitFn());
    to.setBiasInit(from.getBiasInit());
    to.setGainInit(from.getGainInit());
    to.setRegularization(from.getRegularization());
    to.setRegularizationBias(from.getRegularizationBias());
    to.setIUpdater(from.getIUpdater());
    to.setBiasUpdater(from.getBiasUpdater());
    to.setWeightNoise(from.getWeightNoise());
    to.setGradientNormalization(from.getGradientNormalization());
    to.setGradientNormalizationThreshold(from.getGradientNormalizationThreshold());
    to.setNIn(from.getNIn());
    to.setNOut(from.getNOut());
    to.setTimeDistributedFormat(from.getTimeDistributedFormat());
    return to;
  }
}
