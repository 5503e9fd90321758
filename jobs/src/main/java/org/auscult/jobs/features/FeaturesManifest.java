package org.auscult.jobs.features;

import java.io.IOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.jobs.cli.StageFolderException;
import org.auscult.jobs.io.StageOutput;

/**
 * What the later stages take from a features folder's manifest: the log-mel parameters the features
 * were made with (models check them) and the stage's counts.
 *
 * @param clipsWritten clips the features stage wrote
 * @param badClips bad clips and files it left out (its errors table)
 * @param input what the features were read from (the manifest's {@code input}), for the manifests
 *     of the stages after it; null in a manifest without it
 */
record FeaturesManifest(LogMelParameters logMel, long clipsWritten, long badClips,
    Object input) {

  /**
   * Reads the manifest of {@code folder}.
   *
   * @throws IOException naming the folder when the manifest is missing or lacks its log_mel section
   */
  @SuppressWarnings("unchecked")
  static FeaturesManifest read(Configuration conf, String folder) throws IOException {
    Map<String, Object> manifest = StageOutput.readManifest(conf, folder);
    Object lm = manifest.get("log_mel");
    if (!(lm instanceof Map<?, ?> m)) {
      throw StageFolderException.wrongFolder("features folder " + folder
          + ": its manifest has no log_mel section");
    }
    Map<String, Object> p = (Map<String, Object>) m;
    LogMelParameters params = new LogMelParameters(intOf(p, "sample_rate", folder),
        intOf(p, "n_fft", folder), intOf(p, "hop_length", folder), intOf(p, "n_mels", folder),
        intOf(p, "clip_samples", folder));
    Map<String, Object> counts = manifest.get("counts") instanceof Map<?, ?> c
        ? (Map<String, Object>) c : Map.of();
    return new FeaturesManifest(params, longOf(counts, "clips_written"), longOf(counts, "bad"),
        manifest.get("input"));
  }

  private static long longOf(Map<String, Object> m, String key) {
    return m.get(key) instanceof Number n ? n.longValue() : 0;
  }

  private static int intOf(Map<String, Object> m, String key, String folder) throws IOException {
    Object v = m.get(key);
    if (!(v instanceof Number n)) {
      throw StageFolderException.wrongFolder("features folder " + folder + ": manifest log_mel."
          + key + " is missing or not a number");
    }
    return n.intValue();
  }
}
