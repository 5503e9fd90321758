package org.auscult.training.kinds.gmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.auscult.training.fit.Gaussian;
import org.auscult.training.inputs.Clips;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.LocalFitContext;
import org.auscult.training.kinds.KindTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GmmKindTest {
  private static final GmmKind KIND = new GmmKind();

  /** A clip whose gwrp vector is {@code x} (its one frame). */
  private static Clip clip(int section, String split, String label, int index, float... x) {
    return Clips.clip(section, "source", split, label, index, x.length, x);
  }

  private static List<Clip> twoClusters(int section, long seed) {
    Random r = new Random(seed);
    List<Clip> clips = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      float c = i % 2 == 0 ? -3 : 3;
      clips.add(clip(section, "train", "normal", i, c + (float) r.nextGaussian(),
          (float) r.nextGaussian(), c + (float) r.nextGaussian()));
    }
    return clips;
  }

  @Test
  void twoComponentsScoreAClipBetweenTheClustersAsAnomalous(@TempDir Path tmp) throws Exception {
    var trainer = KIND.trainer(KindTesting.config(Map.of(
        "auscult.training.gmm.components.fan", 2)));
    Fitted f = LocalFitContext.fitAndReload(trainer, KIND, new LocalFitContext(
        LocalFitContext.settings(1), KindTesting.LOG_MEL, twoClusters(0, 1), tmp, false));
    var scorer = f.model().scorer();
    double inCluster = scorer.score(clip(0, "test", "normal", 0, 3, 0, 3));
    double between = scorer.score(clip(0, "test", "anomaly", 1, 0, 0, 0));
    assertThat(between).isGreaterThan(inCluster + 5);
    assertThat(scorer.score(clip(5, "test", "normal", 0, 3, 0, 3))).isNaN();
  }

  @Test
  void oneComponentIsTheMaximumLikelihoodGaussian() {
    Gaussian g = GmmTrainer.singleGaussian(new double[][] {{1, 0}, {3, 0}, {2, 3}});
    assertThat(g.mean()).containsExactly(new double[] {2, 1}, within(1e-12));
    // covariance divided by n: var x = 2/3, var y = 2, cov xy = 0
    assertThat(g.covariance()).containsExactly(new double[] {2.0 / 3, 0, 0, 2}, within(1e-12));
  }

  @Test
  void theLogDensityIsTheTextbookOneForAWellConditionedCovariance() {
    // N(0, diag(1, 4)) at (1, 2): −log(2π) − ½ log 4 − ½ (1 + 1)
    GaussianDensity d = new GaussianDensity(new double[] {0, 0}, new double[] {1, 0, 0, 4});
    assertThat(d.logDensity(new float[] {1, 2}))
        .isCloseTo(-Math.log(2 * Math.PI) - 0.5 * Math.log(4) - 1, within(1e-12));
  }
}
