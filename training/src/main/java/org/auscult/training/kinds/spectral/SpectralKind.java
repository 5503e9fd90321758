package org.auscult.training.kinds.spectral;

import com.typesafe.config.Config;
import java.io.IOException;
import org.auscult.training.config.ConfigValues;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.Trainer;
import org.auscult.training.model.ModelFiles;

/**
 * {@code spectral}: the non-learned floor. A clip's mean log-power spectrum (per mel band, the
 * power averaged over its frames) against its section's normal training clips: the mean squared
 * standardised difference, each band scaled by the training clips' spread. What a model has to
 * beat before it has learned anything about the machine.
 */
public final class SpectralKind implements ModelKind {

  @Override
  public String name() {
    return "spectral";
  }

  @Override
  public String summary() {
    return "non-learned floor: distance of the clip's mean log-power spectrum from its section's "
        + "training clips, per band in units of their spread";
  }

  @Override
  public Trainer trainer(Config c) {
    return new SpectralTrainer(CommonSettings.from(c),
        ConfigValues.positive(c, settingsPath() + ".std-floor-db"));
  }

  @Override
  public AnomalyModel read(ModelFiles files) throws IOException {
    return SpectralModel.read(files);
  }
}
