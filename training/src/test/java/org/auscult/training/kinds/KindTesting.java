package org.auscult.training.kinds;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.Map;
import org.auscult.features.dsp.LogMelParameters;

/** Configuration and front end for the kinds' tests. */
public final class KindTesting {
  /** The baseline front end: 128 mels. */
  public static final LogMelParameters LOG_MEL = LogMelParameters.BASELINE;

  private KindTesting() {}

  /** The reference configuration with {@code overrides}. */
  public static Config config(Map<String, Object> overrides) {
    return ConfigFactory.parseMap(overrides).withFallback(ConfigFactory.load()).resolve();
  }
}
