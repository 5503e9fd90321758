package org.auscult.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

class SparkTrainerSettingsTest {
  private static final Config DEFAULTS = ConfigFactory.load();

  @Test
  void aKindsOwnStepScalingWinsOverTheEnginesDefault() {
    SparkTrainerSettings embedding = SparkTrainerSettings.from(DEFAULTS,
        "auscult.training.embedding");
    SparkTrainerSettings ae = SparkTrainerSettings.from(DEFAULTS, "auscult.training.ae");
    assertThat(embedding.learningRateScaling()).isEqualTo("linear");
    assertThat(embedding.learningRateFactor(2)).isEqualTo(2.0);
    assertThat(ae.learningRateScaling()).isEqualTo("none");
    assertThat(ae.learningRateFactor(2)).isEqualTo(1.0);

    Config sqrt = ConfigFactory.parseString("auscult.training.spark.learning-rate-scaling = sqrt")
        .withFallback(DEFAULTS);
    assertThat(SparkTrainerSettings.from(sqrt, "auscult.training.ae").learningRateFactor(4))
        .isEqualTo(2.0);
    // the embedding's own linear, capped at the largest factor measured
    assertThat(SparkTrainerSettings.from(sqrt, "auscult.training.embedding")
        .learningRateFactor(16)).isEqualTo(2.0);
    Config uncapped = ConfigFactory.parseString("auscult.training.spark.max-learning-rate-factor"
        + " = 8").withFallback(DEFAULTS);
    assertThat(SparkTrainerSettings.from(uncapped, "auscult.training.embedding")
        .learningRateFactor(4)).isEqualTo(4.0);
    assertThat(SparkTrainerSettings.from(uncapped, "auscult.training.embedding")
        .learningRateFactor(16)).isEqualTo(8.0);
  }

  @Test
  void aKindsOwnAveragingFrequencyWinsOverTheEnginesDefault() {
    assertThat(SparkTrainerSettings.from(DEFAULTS, "auscult.training.ae").averagingFrequency())
        .isEqualTo(5);
    assertThat(SparkTrainerSettings.from(DEFAULTS, "auscult.training.classifier")
        .averagingFrequency()).isEqualTo(5);
    assertThat(SparkTrainerSettings.from(DEFAULTS, "auscult.training.embedding")
        .averagingFrequency()).isEqualTo(2);
    Config every3 = ConfigFactory.parseString("auscult.training.spark.averaging-frequency = 3")
        .withFallback(DEFAULTS);
    assertThat(SparkTrainerSettings.from(every3, "auscult.training.embedding")
        .averagingFrequency()).isEqualTo(3);
    assertThat(SparkTrainerSettings.from(every3, "auscult.training.ae").averagingFrequency())
        .isEqualTo(5);
    Config zero = ConfigFactory.parseString("auscult.training.ae.spark-averaging-frequency = 0")
        .withFallback(DEFAULTS);
    assertThatThrownBy(() -> SparkTrainerSettings.from(zero, "auscult.training.ae"))
        .hasMessageContaining("auscult.training.ae.spark-averaging-frequency");
  }

  @Test
  void anUnknownScalingOrACapBelowOneIsRefused() {
    assertThatThrownBy(() -> new SparkTrainerSettings(0, 5, 2, 16, 4, false, "cubic", 2))
        .hasMessageContaining("expected linear, sqrt or none, got cubic");
    assertThatThrownBy(() -> new SparkTrainerSettings(0, 5, 2, 16, 4, false, "linear", 0.5))
        .hasMessageContaining("max-learning-rate-factor: expected a number >= 1, got 0.5");
  }
}
