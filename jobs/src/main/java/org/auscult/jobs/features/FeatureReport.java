package org.auscult.jobs.features;

import java.util.List;

/** What a features run did: clips written, bad clips with reasons, time taken. */
public record FeatureReport(String out, long clips, List<BadClip> bad, double seconds) {
  public FeatureReport {
    bad = List.copyOf(bad);
  }

  /** A clip (or file) that did not make it into the table, and why. */
  public record BadClip(String path, String reason) {}
}
