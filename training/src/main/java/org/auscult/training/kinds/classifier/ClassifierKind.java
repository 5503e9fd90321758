package org.auscult.training.kinds.classifier;

import com.typesafe.config.Config;
import java.io.IOException;
import org.auscult.training.config.ConfigValues;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.Trainer;
import org.auscult.training.kinds.NetworkTraining;
import org.auscult.training.model.ModelFiles;

/**
 * {@code classifier}: the DCASE 2022 baseline's idea done right. One network over every (machine
 * type, section, attribute) class of the training data tells them apart; a clip it cannot place in
 * its own section is anomalous.
 */
public final class ClassifierKind implements ModelKind {

  @Override
  public String name() {
    return "classifier";
  }

  @Override
  public String summary() {
    return "classifier (DL4J, one network for all machine types, softmax over machine × section "
        + "× attribute classes): log((1 - p) / p), p the probability of the clip's own section";
  }

  @Override
  public Trainer trainer(Config c) {
    String p = settingsPath() + ".";
    return new ClassifierTrainer(CommonSettings.from(c),
        NetworkTraining.from(c, p, 1),
        ConfigValues.oneOf(c, p + "size", "quick", "baseline"),
        ConfigValues.intAtLeast(c, p + "frames", 8),
        ConfigValues.intAtLeast(c, p + "max-repeat", 1),
        ConfigValues.share(c, p + "mixup"));
  }

  @Override
  public AnomalyModel read(ModelFiles files) throws IOException {
    return ClassifierModel.read(files);
  }
}
