package org.auscult.evaluation.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Agreement with {@code scipy.stats.gamma.fit(x)} (three free parameters) on seeded samples.
 *
 * <p>The samples and scipy's numbers are in {@value #REFERENCE} among the test resources, printed by
 * {@code src/test/python/gamma_reference.py} (scipy 1.17.1, numpy 2.4.6; its PROVENANCE.md says how
 * each sample is drawn). scipy maximises with Nelder–Mead at its default tolerances (xtol = ftol =
 * 1e-4), so its parameters are only near the maximum: we ask for the parameters within 0.01 %, the
 * 0.9 quantile within 0.001 %, and a log-likelihood at least as high as scipy's (both evaluated
 * here, with the same code) — and check that code against scipy's own log-likelihood to 1e-9.
 */
class GammaThresholdTest {
  /**
   * Relative tolerance on shape and scale, in percent: scipy's optimiser stops early (seen here: up
   * to 3.7e-5 relative, on the small-scale sample).
   */
  private static final double PARAMETER_PERCENT = 0.01;
  /** Relative tolerance on the 0.9 quantile, in percent (seen: up to 3.8e-6 relative). */
  private static final double QUANTILE_PERCENT = 1e-3;
  static final String REFERENCE = "reference/scipy-gamma-fit/gamma_fit.csv";

  /** One seeded sample and what scipy and numpy make of it. */
  record Reference(String name, double[] sample, double shape, double location, double scale,
      double logLikelihood, double quantile90, double percentile90) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Map<String, Reference> REFERENCES = references();
  private static final Reference GAMMA_A2P5 = REFERENCES.get("gamma_a2p5");
  private static final Reference LEFT_SKEWED = REFERENCES.get("left_skewed");

  /**
   * The rows of {@value #REFERENCE}: name, shape, location, scale, log-likelihood, 0.9 quantile,
   * 90th percentile, then the sample (space-separated); doubles as Python's repr writes them.
   */
  private static Map<String, Reference> references() {
    Map<String, Reference> refs = new LinkedHashMap<>();
    try (InputStream in = GammaThresholdTest.class.getClassLoader().getResourceAsStream(REFERENCE)) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#")).skip(1).toList();
      for (String line : lines) {
        String[] f = line.split(",");
        double[] sample = Arrays.stream(f[7].split(" ")).mapToDouble(Double::parseDouble).toArray();
        refs.put(f[0], new Reference(f[0], sample, Double.parseDouble(f[1]),
            Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
            Double.parseDouble(f[5]), Double.parseDouble(f[6])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return refs;
  }

  /** Every sample but the left-skewed one, in the file's order. */
  static List<Reference> fittable() {
    return REFERENCES.values().stream().filter(r -> r != LEFT_SKEWED).toList();
  }

  @ParameterizedTest
  @MethodSource("fittable")
  void matchesScipysFitAndQuantile(Reference r) {
    DecisionThreshold t = new GammaThreshold().fit(r.sample());
    assertThat(t.method()).isEqualTo(ThresholdMethod.GAMMA_FIT);
    GammaFit fit = t.fit().orElseThrow();
    double range = Arrays.stream(r.sample()).max().orElseThrow()
        - Arrays.stream(r.sample()).min().orElseThrow();

    assertThat(fit.shape()).isCloseTo(r.shape(), withinPercentage(PARAMETER_PERCENT));
    assertThat(fit.scale()).isCloseTo(r.scale(), withinPercentage(PARAMETER_PERCENT));
    assertThat(fit.location()).isCloseTo(r.location(), within(PARAMETER_PERCENT / 100 * range));
    assertThat(t.value()).isCloseTo(r.quantile90(), withinPercentage(QUANTILE_PERCENT));
    assertThat(t.value()).isEqualTo(fit.quantile(0.9));
  }

  @ParameterizedTest
  @MethodSource("fittable")
  void likelihoodIsAtLeastScipys(Reference r) {
    GammaFit scipys = new GammaFit(r.shape(), r.location(), r.scale());
    // the same log-likelihood code as scipy's logpdf sum
    assertThat(scipys.logLikelihood(r.sample())).isCloseTo(r.logLikelihood(), within(1e-9));
    GammaFit ours = GammaFit.maximumLikelihood(r.sample());
    assertThat(ours.logLikelihood(r.sample())).isGreaterThanOrEqualTo(
        scipys.logLikelihood(r.sample()));
  }

  @Test
  void leftSkewedScoresFallBackToTheEmpiricalPercentile() {
    DecisionThreshold t = new GammaThreshold().fit(LEFT_SKEWED.sample());
    assertThat(t.method()).isEqualTo(ThresholdMethod.EMPIRICAL_PERCENTILE);
    assertThat(t.fit()).isEmpty();
    assertThat(t.fallbackReason().orElseThrow()).contains("no interior maximum");
    assertThat(t.value()).isCloseTo(LEFT_SKEWED.percentile90(), within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("fittable")
  void empiricalPercentileIsNumpys(Reference r) {
    assertThat(GammaThreshold.empiricalPercentile(r.sample(), 0.9))
        .isCloseTo(r.percentile90(), within(1e-12));
  }

  @Test
  void equalOrTooFewScoresFallBack() {
    DecisionThreshold equal = new GammaThreshold().fit(new double[] {2, 2, 2, 2});
    assertThat(equal.method()).isEqualTo(ThresholdMethod.EMPIRICAL_PERCENTILE);
    assertThat(equal.value()).isEqualTo(2.0);
    assertThat(equal.fallbackReason().orElseThrow()).contains("equal");
    DecisionThreshold two = new GammaThreshold().fit(new double[] {1, 3});
    assertThat(two.method()).isEqualTo(ThresholdMethod.EMPIRICAL_PERCENTILE);
    assertThat(two.value()).isCloseTo(2.8, within(1e-12));
  }

  @Test
  void otherQuantilesAndTheDecisionRule() {
    GammaThreshold q95 = new GammaThreshold(0.95);
    DecisionThreshold t = q95.fit(GAMMA_A2P5.sample());
    assertThat(t.quantile()).isEqualTo(0.95);
    assertThat(t.value()).isGreaterThan(GAMMA_A2P5.quantile90());
    assertThat(t.decide(new double[] {t.value(), Math.nextUp(t.value())}))
        .containsExactly(false, true);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> new GammaThreshold(1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GammaThreshold().fit(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GammaThreshold().fit(new double[] {1, Double.NaN, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
  }
}
