package org.auscult.jobs.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the configuration of a stage and rejects what the reference does not know.
 *
 * <p>Precedence, highest first: {@code -D key=value} overrides given to the stage, {@code --conf}
 * files (later ones win), JVM system properties, the profile named by {@code -Dconfig.file} (the
 * launcher passes {@code conf/local.conf} or {@code conf/cluster.conf}), then every module's
 * {@code reference.conf}. Everything under {@value #ROOT} must exist in a reference.conf with a
 * value of the same type; an empty object in the reference (such as {@code auscult.spark.conf})
 * accepts any keys.
 */
public final class StageConfig {
  /** The namespace of every Auscult key. */
  public static final String ROOT = "auscult";

  private StageConfig() {}

  /**
   * Loads and validates.
   *
   * @throws ConfigException naming the key and the file (origin) of the offending value
   */
  public static Config load(List<Path> confFiles, Map<String, String> overrides) {
    return load(confFiles, overrides, ConfigFactory.empty());
  }

  /**
   * Loads and validates, with {@code profile} (a training profile such as conf/quick.conf) between
   * the {@code --conf} files and the application configuration.
   */
  public static Config load(List<Path> confFiles, Map<String, String> overrides, Config profile) {
    Config files = ConfigFactory.empty();
    for (Path file : confFiles) {
      if (!Files.isRegularFile(file)) {
        throw new ConfigException.Generic(
            "--conf " + file + ": no such file (expected a HOCON file such as conf/local.conf)");
      }
      Config parsed = ConfigFactory.parseFile(file.toFile(),
          ConfigParseOptions.defaults().setAllowMissing(false));
      files = parsed.withFallback(files);
    }
    Config cmdline = ConfigFactory.parseMap(overrides, "command-line -D override");
    Config merged = cmdline.withFallback(files).withFallback(profile)
        .withFallback(ConfigFactory.load()).resolve();
    validate(merged, ConfigFactory.defaultReference());
    return merged;
  }

  /** Fails on unknown keys and wrong types below {@value #ROOT}; returns quietly otherwise. */
  public static void validate(Config config, Config reference) {
    if (!config.hasPath(ROOT)) {
      throw new ConfigException.Missing(ROOT);
    }
    checkKnown(config, config.getObject(ROOT), reference.getObject(ROOT), ROOT);
    config.checkValid(reference, ROOT);
  }

  private static void checkKnown(Config config, ConfigObject actual, ConfigObject reference,
      String prefix) {
    if (reference.isEmpty()) {
      return; // a free-form map such as auscult.spark.conf
    }
    for (Map.Entry<String, ConfigValue> e : actual.entrySet()) {
      String path = prefix + "." + quoteIfNeeded(e.getKey());
      ConfigValue expected = reference.get(e.getKey());
      if (expected == null) {
        throw new ConfigException.BadPath(e.getValue().origin(), path,
            "unknown key (expected one of " + knownKeys(reference, prefix) + ")");
      }
      if (e.getValue().valueType() == ConfigValueType.OBJECT
          && expected.valueType() == ConfigValueType.OBJECT) {
        checkKnown(config, (ConfigObject) e.getValue(), (ConfigObject) expected, path);
      } else {
        checkConvertible(config, path, expected.valueType());
      }
    }
  }

  /**
   * checkValid lets a string stand in for any type (it may parse later); convert now so that
   * {@code n-mels = lots} fails at start with the key's name, not halfway through a stage.
   */
  private static void checkConvertible(Config config, String path, ConfigValueType expected) {
    switch (expected) {
      case NUMBER -> config.getNumber(path);
      case BOOLEAN -> config.getBoolean(path);
      default -> { }
    }
  }

  private static List<String> knownKeys(ConfigObject reference, String prefix) {
    List<String> keys = new ArrayList<>();
    for (String k : reference.keySet()) {
      keys.add(prefix + "." + quoteIfNeeded(k));
    }
    keys.sort(null);
    return keys;
  }

  private static String quoteIfNeeded(String key) {
    return key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key + "\"";
  }
}
