package org.auscult.jobs.spark;

import com.typesafe.config.Config;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds a stage's SparkSession. The master always comes from spark-submit (or a test), never
 * from code; {@code auscult.spark.conf} supplies defaults that spark-submit {@code --conf} beats.
 */
public final class Sessions {
  private Sessions() {}

  /** The session for {@code appName}, with the profile's Spark defaults applied. */
  public static SparkSession create(String appName, Config config) {
    SparkConf submitted = new SparkConf(true);
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    for (Map.Entry<String, String> e : sparkDefaults(config).entrySet()) {
      if (!submitted.contains(e.getKey())) {
        builder.config(e.getKey(), e.getValue());
      }
    }
    return builder.getOrCreate();
  }

  /** The {@code auscult.spark.conf} map as Spark property strings. */
  public static Map<String, String> sparkDefaults(Config config) {
    Config conf = config.getConfig("auscult.spark.conf");
    java.util.TreeMap<String, String> out = new java.util.TreeMap<>();
    conf.entrySet().forEach(e -> out.put(unquote(e.getKey()), String.valueOf(e.getValue().unwrapped())));
    return out;
  }

  private static String unquote(String key) {
    return key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1) : key;
  }
}
