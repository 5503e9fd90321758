package org.auscult.training.kinds.ae;

import com.typesafe.config.Config;
import java.io.IOException;
import org.auscult.training.config.ConfigValues;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.Trainer;
import org.auscult.training.kinds.NetworkTraining;
import org.auscult.training.model.ModelFiles;

/** {@code ae}: the DCASE 2022 autoencoder baseline, one network per machine type. */
public final class AutoencoderKind implements ModelKind {

  @Override
  public String name() {
    return "ae";
  }

  @Override
  public String summary() {
    return "DCASE 2022 autoencoder baseline (DL4J): reconstruction error of 5-frame log-mel "
        + "context vectors; one network per machine type";
  }

  @Override
  public Trainer trainer(Config c) {
    String p = settingsPath() + ".";
    return new AutoencoderTrainer(CommonSettings.from(c),
        NetworkTraining.from(c, p, 1),
        ConfigValues.intAtLeast(c, p + "context-hop", 1));
  }

  @Override
  public AnomalyModel read(ModelFiles files) throws IOException {
    return AutoencoderModel.read(files);
  }
}
