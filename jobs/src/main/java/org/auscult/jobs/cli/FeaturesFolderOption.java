package org.auscult.jobs.cli;

import picocli.CommandLine.Option;

/** {@code --features}, the features folder the train and score stages read, declared once. */
public final class FeaturesFolderOption {
  @Option(names = "--features", required = true, paramLabel = "DIR",
      description = "Features folder written by the features stage.")
  private String folder;

  /** The folder given. */
  public String folder() {
    return folder;
  }
}
