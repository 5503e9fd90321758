package org.auscult.training.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.List;

/**
 * Reads one configuration value and checks it, failing with Typesafe Config's own exception: one
 * line naming the key, where it was set and what was expected (the stage mains turn it into exit
 * code 3).
 */
public final class ConfigValues {
  private ConfigValues() {}

  /** A value of the right type that cannot be used, as the exception a stage reports. */
  public static ConfigException invalid(Config config, String path, String expected) {
    ConfigValue v = config.getValue(path);
    // -D values are strings: show them as typed, not quoted
    String got = v.valueType() == ConfigValueType.STRING ? (String) v.unwrapped()
        : v.render(ConfigRenderOptions.concise());
    return new ConfigException.BadValue(v.origin(), path, "expected " + expected + ", got "
        + (got.isEmpty() ? "an empty value" : got));
  }

  /** The integer at {@code path}, at least {@code min}. */
  public static int intAtLeast(Config config, String path, int min) {
    int v = config.getInt(path);
    if (v < min) {
      throw invalid(config, path, "an integer >= " + min);
    }
    return v;
  }

  /** The number at {@code path}, a share: inside {@code [0, 1]}. */
  public static double share(Config config, String path) {
    double v = config.getDouble(path);
    if (!(v >= 0 && v <= 1)) {
      throw invalid(config, path, "a number in [0, 1]");
    }
    return v;
  }

  /** The number at {@code path}, inside the interval {@code (low, high)} or {@code [low, high)}. */
  public static double doubleWithin(Config config, String path, double low, boolean lowIncluded,
      double high) {
    double v = config.getDouble(path);
    if (!((lowIncluded ? v >= low : v > low) && v < high)) {
      throw invalid(config, path, "a number in " + (lowIncluded ? "[" : "(") + low + ", " + high
          + ")");
    }
    return v;
  }

  /** The number at {@code path}, greater than 0. */
  public static double positive(Config config, String path) {
    double v = config.getDouble(path);
    if (!(v > 0)) {
      throw invalid(config, path, "a number > 0");
    }
    return v;
  }

  /** The string at {@code path}, one of {@code allowed}. */
  public static String oneOf(Config config, String path, String... allowed) {
    String v = config.getString(path);
    if (!List.of(allowed).contains(v)) {
      throw invalid(config, path, "one of " + String.join(", ", allowed));
    }
    return v;
  }
}
