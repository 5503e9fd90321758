package org.auscult.training.kinds.gmm;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigUtil;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.auscult.training.config.ConfigValues;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.ClipQuery;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.Trainer;
import org.auscult.training.model.ModelFiles;

/**
 * {@code gmm}: the gwrp-GMM of the LY system, no learning beyond EM: per section, a
 * full-covariance Gaussian mixture of the normal training clips' gwrp vectors; a clip's score is
 * minus its largest component log density.
 */
public final class GmmKind implements ModelKind {

  @Override
  public String name() {
    return "gmm";
  }

  @Override
  public String summary() {
    return "gwrp-GMM (LY system, no network): per section a Gaussian mixture of the clips' gwrp "
        + "vectors (Spark MLlib EM); minus the largest component log density";
  }

  @Override
  public Set<ClipQuery.Column> scoringColumns() {
    return EnumSet.of(ClipQuery.Column.GWRP);
  }

  @Override
  public Trainer trainer(Config c) {
    String p = settingsPath() + ".";
    Map<String, Integer> components = new TreeMap<>();
    for (String machine : c.getObject(p + "components").keySet()) {
      components.put(machine, ConfigValues.intAtLeast(c,
          ConfigUtil.joinPath("auscult", "training", name(), "components", machine), 1));
    }
    // a covariance without it may be singular (fewer clips than dimensions)
    double reg = ConfigValues.positive(c, p + "regularization");
    return new GmmTrainer(CommonSettings.from(c), components,
        ConfigValues.intAtLeast(c, p + "default-components", 1),
        ConfigValues.intAtLeast(c, p + "max-iterations", 1),
        ConfigValues.positive(c, p + "tolerance"), reg);
  }

  @Override
  public AnomalyModel read(ModelFiles files) throws IOException {
    return GmmModel.read(files);
  }
}
