package org.auscult.features.synth;

/**
 * The sound model of one machine type, set up for one clip: its attributes, per-clip jitter and,
 * for an anomalous clip, its fault and severity are fixed at construction.
 */
interface MachineSound {
  /**
   * Adds the machine's sound to {@code machine} (all {@link ClipSynthesizer#SAMPLES} samples), at
   * about {@link ClipSynthesizer#MACHINE_RMS} when normal.
   */
  void addTo(double[] machine, SynthBuffers buffers);
}
