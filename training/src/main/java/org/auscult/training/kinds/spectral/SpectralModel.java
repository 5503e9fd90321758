package org.auscult.training.kinds.spectral;

import java.io.IOException;
import java.util.Map;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.ClipScorer;
import org.auscult.training.model.ModelFiles;

/** Each section's mean spectrum and spread. Immutable and thread-safe. */
final class SpectralModel implements AnomalyModel {
  /** The sections' file in a model. */
  static final String FILE = "spectra.json";

  private final Map<String, Section> sections;

  /** One section's mean spectrum and per-band spread, dB. */
  record Section(double[] mean, double[] std) {}

  SpectralModel(Map<String, Section> sections) {
    this.sections = Map.copyOf(sections);
  }

  /** The mean squared standardised difference of {@code spectrum} from its section's mean. */
  double score(String section, double[] spectrum) {
    Section s = sections.get(section);
    if (s == null) {
      return Double.NaN;
    }
    if (spectrum.length != s.mean().length) {
      throw new IllegalArgumentException("a spectrum of " + spectrum.length + " bands against a "
          + "model of " + s.mean().length);
    }
    double sum = 0;
    for (int m = 0; m < spectrum.length; m++) {
      double z = (spectrum[m] - s.mean()[m]) / s.std()[m];
      sum += z * z;
    }
    return sum / spectrum.length;
  }

  @Override
  public ClipScorer scorer() {
    return clip -> score(clip.section(), MeanSpectrum.of(clip.logMel(), clip.nMels()));
  }

  @Override
  public void write(ModelFiles.Builder files) throws IOException {
    files.putJson(FILE, new Spectra(sections));
  }

  static SpectralModel read(ModelFiles files) throws IOException {
    return new SpectralModel(files.json(FILE, Spectra.class).sections());
  }

  /** What {@value #FILE} holds. */
  record Spectra(Map<String, Section> sections) {}
}
