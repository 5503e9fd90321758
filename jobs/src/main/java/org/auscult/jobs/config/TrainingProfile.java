package org.auscult.jobs.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.io.File;

/**
 * A training profile by name ({@code quick}, {@code baseline}: conf/NAME.conf, packed into the jar
 * as {@code profiles/NAME.conf}) or by path to a HOCON file of one's own.
 */
public final class TrainingProfile {
  private TrainingProfile() {}

  /**
   * The profile's configuration.
   *
   * @throws ConfigException naming the profile and where it was looked for
   */
  public static Config load(String nameOrFile) {
    File file = new File(nameOrFile);
    if (nameOrFile.endsWith(".conf") && file.isFile()) {
      return ConfigFactory.parseFile(file, ConfigParseOptions.defaults().setAllowMissing(false));
    }
    if (!nameOrFile.matches("[A-Za-z0-9_-]+")) {
      throw new ConfigException.Generic("--profile " + nameOrFile
          + ": expected a profile name (quick, baseline) or an existing .conf file");
    }
    Config c = ConfigFactory.parseResources(TrainingProfile.class.getClassLoader(),
        "profiles/" + nameOrFile + ".conf");
    if (c.isEmpty()) {
      throw new ConfigException.Generic("--profile " + nameOrFile
          + ": no such profile (expected quick or baseline, or a path to a .conf file)");
    }
    return c;
  }
}
