package org.auscult.features.extract;

import java.util.Locale;
import org.auscult.features.audio.WavAudio;
import org.auscult.features.audio.WavFormatException;
import org.auscult.features.audio.WavReader;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dsp.GlobalWeightedRankPooling;
import org.auscult.features.dsp.LogMelExtractor;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.features.dsp.LogMelSpectrogram;

/**
 * Decodes a clip and computes its features, one instance per worker thread (it reuses the
 * extractor's buffers). A clip must be mono at the configured rate and at least the configured
 * length; a longer clip is cut to that length, as the baselines' fixed 313-frame input expects.
 */
public final class ClipFeaturizer {
  private final LogMelParameters parameters;
  private final LogMelExtractor extractor;

  public ClipFeaturizer(LogMelSpectrogram spectrogram) {
    this.parameters = spectrogram.parameters();
    this.extractor = spectrogram.newExtractor();
  }

  /**
   * The features of the WAV file {@code bytes}.
   *
   * @param path used in the reason of a bad clip
   * @throws BadClipException why the clip is bad (unreadable, wrong format, too short, not finite)
   */
  public ClipFeatures featurize(byte[] bytes, String path, MachineType machine)
      throws BadClipException {
    WavAudio audio;
    try {
      audio = WavReader.read(bytes, path);
    } catch (WavFormatException e) {
      throw new BadClipException(path, "unreadable WAV: " + e.defect());
    }
    float[] samples = checkedSamples(audio, path);
    int nFrames = parameters.clipFrames();
    int nMels = parameters.nMels();
    float[] logmel = new float[nFrames * nMels];
    extractor.compute(samples, parameters.clipSamples(), logmel);
    double[] pooled = GlobalWeightedRankPooling.pool(logmel, nFrames, nMels,
        GlobalWeightedRankPooling.decayFor(machine));
    float[] gwrp = new float[nMels];
    for (int m = 0; m < nMels; m++) {
      gwrp[m] = (float) pooled[m];
    }
    return new ClipFeatures(nFrames, nMels, logmel, gwrp);
  }

  private float[] checkedSamples(WavAudio audio, String path) throws BadClipException {
    if (audio.sampleRate() != parameters.sampleRate()) {
      throw new BadClipException(path, "expected " + parameters.sampleRate() + " Hz, got "
          + audio.sampleRate() + " Hz");
    }
    if (audio.channels() != 1) {
      throw new BadClipException(path, "expected mono, got " + audio.channels() + " channels");
    }
    if (audio.frameCount() < parameters.clipSamples()) {
      throw new BadClipException(path, String.format(Locale.ROOT,
          "too short: %.3f s, expected at least %.3f s", audio.durationSeconds(),
          parameters.clipSamples() / (double) parameters.sampleRate()));
    }
    float[] samples = audio.mono();
    for (int i = 0; i < parameters.clipSamples(); i++) {
      if (!Float.isFinite(samples[i])) {
        throw new BadClipException(path, "sample " + i + " is " + samples[i]
            + ": expected finite values");
      }
    }
    return samples;
  }
}
