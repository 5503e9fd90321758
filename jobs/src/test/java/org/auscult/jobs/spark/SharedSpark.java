package org.auscult.jobs.spark;

import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** The one local[2] SparkSession all Spark tests of this JVM share (starting one costs seconds). */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  /** The shared session, started on first use and stopped when the JVM exits. */
  public static synchronized SparkSession session() {
    if (session == null) {
      // serialization as the local profile has it, read from the profile itself
      Map<String, String> local = Sessions.sparkDefaults(ConfigFactory.parseFile(
          Path.of(System.getProperty("auscult.root"), "conf", "local.conf").toFile()).resolve());
      session = SparkSession.builder().master("local[2]").appName("auscult-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "2")
          .config("spark.serializer", profile(local, "spark.serializer"))
          .config("spark.kryo.registrator", profile(local, "spark.kryo.registrator"))
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  private static String profile(Map<String, String> conf, String key) {
    return Objects.requireNonNull(conf.get(key), "conf/local.conf sets no " + key);
  }

  /** The shared session's Java context. */
  public static JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(session().sparkContext());
  }
}
