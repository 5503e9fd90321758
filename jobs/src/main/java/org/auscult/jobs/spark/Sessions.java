package org.auscult.jobs.spark;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds a stage's SparkSession. The master always comes from spark-submit (or a test), never
 * from code; {@code auscult.spark.conf} supplies defaults that spark-submit {@code --conf} beats.
 * {@link ExecutorLogConfig} is added to {@code spark.plugins} (beside any given there), so that
 * executors use the shipped log configuration.
 */
public final class Sessions {
  private static final String PLUGINS = "spark.plugins";

  private Sessions() {}

  /** The session for {@code appName}, with the profile's Spark defaults applied. */
  public static SparkSession create(String appName, Config config) {
    SparkConf submitted = new SparkConf(true);
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    Map<String, String> defaults = sparkDefaults(config);
    for (Map.Entry<String, String> e : defaults.entrySet()) {
      if (!submitted.contains(e.getKey())) {
        builder.config(e.getKey(), e.getValue());
      }
    }
    builder.config(PLUGINS, withLogPlugin(submitted.get(PLUGINS,
        defaults.getOrDefault(PLUGINS, ""))));
    return builder.getOrCreate();
  }

  /** {@code plugins} (Spark's comma-separated list) with {@link ExecutorLogConfig} added. */
  static String withLogPlugin(String plugins) {
    String mine = ExecutorLogConfig.class.getName();
    List<String> list = new ArrayList<>();
    for (String p : plugins.split(",")) {
      if (!p.isBlank() && !p.strip().equals(mine)) {
        list.add(p.strip());
      }
    }
    list.add(mine);
    return String.join(",", list);
  }

  /** The {@code auscult.spark.conf} map as Spark property strings. */
  public static Map<String, String> sparkDefaults(Config config) {
    Config conf = config.getConfig("auscult.spark.conf");
    TreeMap<String, String> out = new TreeMap<>();
    conf.entrySet().forEach(e -> out.put(unquote(e.getKey()), String.valueOf(e.getValue().unwrapped())));
    return out;
  }

  private static String unquote(String key) {
    return key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1) : key;
  }
}
