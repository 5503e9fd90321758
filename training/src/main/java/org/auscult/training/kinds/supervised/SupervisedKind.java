package org.auscult.training.kinds.supervised;

import com.typesafe.config.Config;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.auscult.training.config.ConfigValues;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.ClipQuery;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.Trainer;
import org.auscult.training.model.ModelFiles;

/**
 * {@code supervised}: the seed's label-using reference, kept as an upper bound and marked so
 * wherever it is shown. Gradient-boosted trees on each test clip's per-band log-mel mean and
 * standard deviation, trained on LABELLED TEST clips, which the task forbids; its scores are the
 * out-of-fold probabilities of k-fold cross-validation, so no clip is scored by trees that saw it.
 */
public final class SupervisedKind implements ModelKind {
  /** What the score files and the report say about this kind. */
  public static final String NOTE = "uses anomaly labels: trained on labelled test clips "
      + "(out-of-fold scores of k-fold cross-validation); an upper reference, not a DCASE system";

  @Override
  public String name() {
    return "supervised";
  }

  @Override
  public String summary() {
    return "label-using reference, not a DCASE system: boosted trees (Spark MLlib) on labelled "
        + "test clips, out-of-fold probability of anomaly";
  }

  @Override
  public String note() {
    return NOTE;
  }

  @Override
  public Set<ClipQuery.Column> scoringColumns() {
    return EnumSet.noneOf(ClipQuery.Column.class);
  }

  @Override
  public Trainer trainer(Config c) {
    String p = settingsPath() + ".";
    return new SupervisedTrainer(CommonSettings.from(c), ConfigValues.intAtLeast(c, p + "folds", 2),
        ConfigValues.intAtLeast(c, p + "max-iterations", 1),
        ConfigValues.intAtLeast(c, p + "max-depth", 1));
  }

  @Override
  public AnomalyModel read(ModelFiles files) throws IOException {
    return SupervisedModel.read(files);
  }
}
