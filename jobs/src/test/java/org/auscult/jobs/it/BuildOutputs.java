package org.auscult.jobs.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the build made for the integration tests, found through the system properties failsafe
 * sets (jobs/pom.xml): the repository root with the launcher, the shaded jar, Spark's own jars as
 * Maven resolved them, the shared JavaCPP cache and the tests' work folder.
 */
final class BuildOutputs {
  private BuildOutputs() {}

  /** The repository root (the folder holding submit/ and conf/). */
  static Path root() {
    return existing("auscult.root").toAbsolutePath().normalize();
  }

  /** {@code submit/auscult}, the launcher the tests drive. */
  static Path launcher() {
    Path p = root().resolve("submit/auscult");
    if (!Files.isExecutable(p)) {
      throw new IllegalStateException(p + " is missing or not executable");
    }
    return p;
  }

  /** The shaded jar the launcher submits (it must exist: failsafe runs after package). */
  static Path shadedJar() {
    return existing("auscult.jar");
  }

  /** Spark's jars (the provided scope of jobs), from the build's spark-classpath.txt. */
  static List<Path> sparkJars() {
    Path file = existing("auscult.spark.classpath");
    try {
      List<Path> jars = new ArrayList<>();
      for (String entry : Files.readString(file).strip().split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          jars.add(Path.of(entry));
        }
      }
      if (jars.isEmpty()) {
        throw new IllegalStateException(file + " lists no jars (expected Spark's classpath)");
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The build's JavaCPP cache: ND4J's natives unpacked once for every JVM the tests start. */
  static Path javacppCache() {
    return Path.of(property("auscult.javacpp.cachedir")).toAbsolutePath();
  }

  /** An empty folder for one test class under the build's it/ folder (earlier runs' removed). */
  static Path freshWorkFolder(String name) {
    Path dir = Path.of(property("auscult.it.work")).toAbsolutePath().resolve(name);
    deleteTree(dir);
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code dir} and everything below it, if it exists. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + dir, e);
    }
  }

  private static Path existing(String key) {
    Path p = Path.of(property(key));
    if (!Files.exists(p)) {
      throw new IllegalStateException("system property " + key + " names " + p
          + ", which does not exist (run the integration tests with mvn verify, after package)");
    }
    return p;
  }

  private static String property(String key) {
    String v = System.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("system property " + key + " is not set (failsafe sets it "
          + "in jobs/pom.xml; run the integration tests with mvn verify)");
    }
    return v;
  }
}
