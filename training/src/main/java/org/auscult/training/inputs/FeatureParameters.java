package org.auscult.training.inputs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a model's inputs are made of: the log-mel front end and how frames are grouped. Saved with
 * every model; a model only scores features made the same way.
 *
 * @param sampleRate audio sampling rate in Hz (16000)
 * @param nFft FFT length (1024)
 * @param hopLength STFT hop in samples (512)
 * @param nMels mel bins per frame (128)
 * @param contextFrames frames per autoencoder vector (5)
 * @param contextHop frames between training vectors (1; larger for cheaper training). Scoring
 *     always uses every vector (hop 1).
 * @param patchFrames frames per CNN window (64)
 * @param patchHop frames between the windows a clip is scored by (8; the networks on the clip
 *     encoder, trained on random crops, record half a window)
 */
public record FeatureParameters(int sampleRate, int nFft, int hopLength, int nMels,
    int contextFrames, int contextHop, int patchFrames, int patchHop) implements Serializable {

  public FeatureParameters {
    positive("sample_rate", sampleRate);
    positive("n_fft", nFft);
    positive("hop_length", hopLength);
    positive("n_mels", nMels);
    positive("context_frames", contextFrames);
    positive("context_hop", contextHop);
    positive("patch_frames", patchFrames);
    positive("patch_hop", patchHop);
  }

  /**
   * The DCASE 2022 baselines: 16 kHz, n_fft 1024, hop 512, 128 mels, 5-frame context (training hop
   * 1), 64 × 128 patches every 8 frames.
   */
  public static FeatureParameters baseline() {
    return new FeatureParameters(16000, 1024, 512, 128, 5, 1, 64, 8);
  }

  /** Length of one autoencoder vector, {@code contextFrames · nMels}. */
  public int contextVectorSize() {
    return contextFrames * nMels;
  }

  /** The same with another training hop between context vectors. */
  public FeatureParameters withContextHop(int hop) {
    return new FeatureParameters(sampleRate, nFft, hopLength, nMels, contextFrames, hop,
        patchFrames, patchHop);
  }

  /**
   * Fails unless {@code features} define the same inputs as these (everything except the training
   * hop between context vectors, which scoring does not use).
   *
   * @throws IllegalArgumentException naming every differing parameter with both values
   */
  public void requireSameInputs(FeatureParameters features) {
    List<String> diffs = new ArrayList<>();
    diff(diffs, "sample_rate", sampleRate, features.sampleRate);
    diff(diffs, "n_fft", nFft, features.nFft);
    diff(diffs, "hop_length", hopLength, features.hopLength);
    diff(diffs, "n_mels", nMels, features.nMels);
    diff(diffs, "context_frames", contextFrames, features.contextFrames);
    diff(diffs, "patch_frames", patchFrames, features.patchFrames);
    diff(diffs, "patch_hop", patchHop, features.patchHop);
    if (!diffs.isEmpty()) {
      throw new IllegalArgumentException("incompatible feature parameters: "
          + String.join("; ", diffs));
    }
  }

  private static void diff(List<String> diffs, String name, int model, int given) {
    if (model != given) {
      diffs.add(name + " is " + model + " in the model but " + given + " in the features");
    }
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
  }
}
