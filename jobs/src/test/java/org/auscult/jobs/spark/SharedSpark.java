package org.auscult.jobs.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** The one local[2] SparkSession all Spark tests of this JVM share (starting one costs seconds). */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  /** The shared session, started on first use and stopped when the JVM exits. */
  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder().master("local[2]").appName("auscult-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "2")
          // serialization as conf/local.conf and conf/cluster.conf have it
          .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
          .config("spark.kryo.registrator", DenseArrayKryoRegistrator.class.getName() + ","
              + ImmutableTypesKryoRegistrator.class.getName())
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  /** The shared session's Java context. */
  public static JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(session().sparkContext());
  }
}
