package org.auscult.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;
import org.auscult.features.dataset.CatalogEntry;

/** What every manifest records about the run that wrote it: versions, commit, inputs' hashes. */
public final class Provenance {
  private Provenance() {}

  /** Stage name, Auscult/Spark/DL4J/Java versions and the git commit of the build. */
  public static Map<String, Object> common(String stage, SparkSession spark) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stage", stage);
    m.put("auscult_version", String.valueOf(Provenance.class.getPackage().getImplementationVersion()));
    m.put("git_commit", gitCommit());
    m.put("spark_version", spark.version());
    m.put("spark_master", spark.sparkContext().master());
    m.put("dl4j_version", dl4jVersion());
    m.put("java_version", System.getProperty("java.version"));
    return m;
  }

  /** The commit the jar was built from (with "-dirty" for uncommitted changes), or "unknown". */
  public static String gitCommit() {
    try (InputStream in = Provenance.class.getResourceAsStream("/auscult-git.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String id = p.getProperty("git.commit.id", "unknown");
      return Boolean.parseBoolean(p.getProperty("git.dirty", "false")) ? id + "-dirty" : id;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * DL4J's version from its Maven metadata, which the shaded jar keeps per dependency; the jar
   * manifest's Implementation-Version would name Auscult's own version there (one manifest).
   */
  private static String dl4jVersion() {
    try (InputStream in = Provenance.class.getResourceAsStream(
        "/META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * A hash of the selected clips' relative paths ({@code machine/split/name}) and sizes: equal
   * for the same data set wherever it lives.
   */
  public static String fingerprint(List<CatalogEntry> entries) {
    List<String> lines = new ArrayList<>(entries.size());
    for (CatalogEntry e : entries) {
      lines.add(e.machine().dirName() + "/" + e.clip().split().token() + "/"
          + e.clip().fileName() + "\t" + e.sizeBytes());
    }
    lines.sort(null);
    return sha256(String.join("\n", lines));
  }

  /** SHA-256 of {@code text} in hex. */
  public static String sha256(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
