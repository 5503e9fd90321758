package org.auscult.features.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.auscult.features.audio.WavAudio;
import org.auscult.features.audio.WavFormatException;
import org.auscult.features.audio.WavReader;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dsp.GlobalWeightedRankPooling;
import org.auscult.features.dsp.LogMelExtractor;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.features.dsp.LogMelSpectrogram;
import org.auscult.features.dsp.PolyphaseResampler;

/**
 * Decodes a clip and computes its features, one instance per worker thread (it reuses the
 * extractor's buffers). Clips are read as they come: the whole clip whatever its length (the
 * features keep its frame count; models crop or tile to their input), the configured channel of a
 * multi-channel file, and another sample rate resampled to the log-mel rate by a
 * {@link PolyphaseResampler} (scipy's {@code resample_poly}).
 */
public final class ClipFeaturizer {
  private final LogMelParameters parameters;
  private final LogMelExtractor extractor;
  private final ClipReading reading;
  private final Map<Integer, PolyphaseResampler> resamplers = new HashMap<>();

  /** With {@link ClipReading#DEFAULT}. */
  public ClipFeaturizer(LogMelSpectrogram spectrogram) {
    this(spectrogram, ClipReading.DEFAULT);
  }

  public ClipFeaturizer(LogMelSpectrogram spectrogram, ClipReading reading) {
    this.parameters = spectrogram.parameters();
    this.extractor = spectrogram.newExtractor();
    this.reading = reading;
  }

  /**
   * The features of the WAV file {@code bytes}.
   *
   * @param path used in the reason of a bad clip
   * @throws BadClipException why the clip is bad (unreadable, empty or too short, no such channel,
   *     not finite)
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
    if (audio.sampleRate() != parameters.sampleRate()) {
      samples = resample(samples, audio.sampleRate());
    }
    int nMels = parameters.nMels();
    float[] logmel = extractor.compute(samples);
    int nFrames = logmel.length / nMels;
    double[] pooled = GlobalWeightedRankPooling.pool(logmel, nFrames, nMels,
        reading.gwrp().decayFor(machine));
    float[] gwrp = new float[nMels];
    for (int m = 0; m < nMels; m++) {
      gwrp[m] = (float) pooled[m];
    }
    int channel = audio.channels() == 1 ? 0 : reading.channel();
    return new ClipFeatures(nFrames, nMels, logmel, gwrp, channel, audio.sampleRate());
  }

  private float[] resample(float[] samples, int rate) {
    PolyphaseResampler r = resamplers.computeIfAbsent(rate,
        from -> new PolyphaseResampler(from, parameters.sampleRate()));
    double[] y = r.resample(samples);
    float[] out = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = (float) y[i];
    }
    return out;
  }

  private float[] checkedSamples(WavAudio audio, String path) throws BadClipException {
    if (audio.frameCount() == 0) {
      throw new BadClipException(path, "empty: the data chunk holds no samples");
    }
    if (audio.durationSeconds() < reading.minSeconds()) {
      throw new BadClipException(path, String.format(Locale.ROOT,
          "too short: %.3f s, expected at least %.3f s (auscult.features.min-clip-seconds)",
          audio.durationSeconds(), reading.minSeconds()));
    }
    float[] samples;
    if (audio.channels() == 1) {
      samples = audio.samples();
    } else if (reading.channel() == ClipReading.MEAN) {
      samples = audio.mono();
    } else if (reading.channel() >= audio.channels()) {
      throw new BadClipException(path, "has " + audio.channels() + " channels, channel "
          + reading.channel() + " was asked for (auscult.features.channel counts from 0)");
    } else {
      samples = audio.channel(reading.channel());
    }
    for (int i = 0; i < samples.length; i++) {
      if (!Float.isFinite(samples[i])) {
        throw new BadClipException(path, "sample " + i + " is " + samples[i]
            + ": expected finite values");
      }
    }
    return samples;
  }
}
