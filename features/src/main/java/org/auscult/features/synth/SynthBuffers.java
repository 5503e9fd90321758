package org.auscult.features.synth;

/**
 * Scratch arrays of one clip's length, reused from clip to clip so rendering allocates nothing per
 * sample and little per clip. Owned by one {@link ClipSynthesizer}; not thread-safe.
 */
final class SynthBuffers {
  /** The clip being built: machine sound plus background. */
  final double[] mix = new double[ClipSynthesizer.SAMPLES];
  /** The machine sound alone, before its transfer path. */
  final double[] machine = new double[ClipSynthesizer.SAMPLES];
  /** Cumulative shaft rotation in cycles (or any other running phase a model needs). */
  final double[] cycles = new double[ClipSynthesizer.SAMPLES];
  /** A component being built (noise, excitation). */
  final double[] work = new double[ClipSynthesizer.SAMPLES];
  /** A second component or an envelope. */
  final double[] work2 = new double[ClipSynthesizer.SAMPLES];
}
