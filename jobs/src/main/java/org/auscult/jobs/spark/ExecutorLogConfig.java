package org.auscult.jobs.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;

/**
 * Applies the log configuration shipped with {@code --files log4j2.properties} to executors that
 * started before the file was there. Executors get {@code -Dlog4j2.configurationFile=
 * log4j2.properties} (their working folder), but on a standalone or Kubernetes cluster Spark copies
 * {@code --files} into that folder only after the JVM has started and Log4j has looked for the file
 * (Log4j then reports "Reconfiguration failed: No configuration found" and Spark falls back to its
 * INFO profile). An executor plugin runs once the files are there: it loads the configured file
 * when it exists and is not the configuration already in use (YARN localizes files before the JVM
 * starts; a local-mode driver has loaded its own).
 */
public final class ExecutorLogConfig implements SparkPlugin {
  /** Log4j 2's system property naming the configuration file. */
  static final String PROPERTY = "log4j2.configurationFile";

  @Override
  public DriverPlugin driverPlugin() {
    return null;
  }

  @Override
  public ExecutorPlugin executorPlugin() {
    return new ExecutorPlugin() {
      @Override
      public void init(PluginContext ctx, Map<String, String> extraConf) {
        apply(System.getProperty(PROPERTY));
      }
    };
  }

  /** Loads {@code location} unless it is missing, a URI or list, or already loaded; says if so. */
  static boolean apply(String location) {
    if (location == null || location.isBlank() || location.contains(",")
        || location.contains(":")) {
      return false;
    }
    Path file = Path.of(location).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      return false;
    }
    if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
      return false;
    }
    ConfigurationSource current = context.getConfiguration().getConfigurationSource();
    if (current != null && current.getFile() != null
        && current.getFile().toPath().toAbsolutePath().normalize().equals(file)) {
      return false;
    }
    context.setConfigLocation(file.toUri());
    return true;
  }
}
