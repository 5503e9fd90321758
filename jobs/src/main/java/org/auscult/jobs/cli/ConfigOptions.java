package org.auscult.jobs.cli;

import com.typesafe.config.Config;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.auscult.jobs.config.StageConfig;
import picocli.CommandLine.Option;

/** The configuration options every stage takes: {@code --conf FILE} and {@code -D key=value}. */
public final class ConfigOptions {
  @Option(names = "--conf", paramLabel = "FILE",
      description = "HOCON file with auscult.* settings; repeatable, later files win.")
  private List<Path> confFiles = new ArrayList<>();

  @Option(names = "-D", paramLabel = "KEY=VALUE", mapFallbackValue = "",
      description = "Override one setting, e.g. -D auscult.features.max-bad=3; wins over files.")
  private Map<String, String> overrides = new LinkedHashMap<>();

  /** Loads and validates the configuration these options name. */
  public Config load() {
    return StageConfig.load(confFiles, overrides);
  }

  /** Loads and validates, with a profile under the {@code --conf} files and overrides. */
  public Config load(Config profile) {
    return StageConfig.load(confFiles, overrides, profile);
  }
}
