package org.auscult.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageConfigTest {
  private static final Config REFERENCE = ConfigFactory.parseString("""
      auscult {
        features { n-mels = 128, max-bad = 0, name = "x" }
        spark.conf {}
      }""");

  @Test
  void acceptsKnownKeysAndFreeFormSparkConf() {
    Config c = ConfigFactory.parseString("""
        auscult.features.max-bad = 3
        auscult.spark.conf { "spark.ui.enabled" = "false" }""").withFallback(REFERENCE);
    StageConfig.validate(c, REFERENCE);
  }

  @Test
  void unknownKeyIsNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("typo.conf");
    Files.writeString(file, "auscult {\n  features {\n    n-mel = 64\n  }\n}\n");
    Config c = ConfigFactory.parseFile(file.toFile()).withFallback(REFERENCE);
    assertThatThrownBy(() -> StageConfig.validate(c, REFERENCE))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("auscult.features.n-mel")
        .hasMessageContaining("typo.conf: 3")
        .hasMessageContaining("auscult.features.n-mels");
  }

  @Test
  void wrongTypeIsNamedWithItsKey() {
    Config c = ConfigFactory.parseString("auscult.features.n-mels = lots").withFallback(REFERENCE);
    assertThatThrownBy(() -> StageConfig.validate(c, REFERENCE))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("auscult.features.n-mels")
        .hasMessageContaining("NUMBER");
  }

  @Test
  void loadLayersOverridesOverFilesOverReference(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.conf");
    Path b = dir.resolve("b.conf");
    Files.writeString(a, "auscult.spark.conf { \"spark.x\" = a, \"spark.y\" = a }");
    Files.writeString(b, "auscult.spark.conf { \"spark.y\" = b, \"spark.z\" = b }");
    Config c = StageConfig.load(List.of(a, b), Map.of("auscult.spark.conf.\"spark.z\"", "cli"));
    assertThat(c.getString("auscult.spark.conf.\"spark.x\"")).isEqualTo("a");
    assertThat(c.getString("auscult.spark.conf.\"spark.y\"")).isEqualTo("b");
    assertThat(c.getString("auscult.spark.conf.\"spark.z\"")).isEqualTo("cli");
  }

  @Test
  void missingConfFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nope.conf");
    assertThatThrownBy(() -> StageConfig.load(List.of(missing), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("nope.conf");
  }
}
