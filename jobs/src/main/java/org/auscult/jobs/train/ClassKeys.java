package org.auscult.jobs.train;

/**
 * The class a clip belongs to for the classifier and the embedding, from what its row says. Used
 * alike when training and when scoring, so the two always agree.
 */
public final class ClassKeys {
  private ClassKeys() {}

  /**
   * Classifier class: the section ({@code "01"}) for a per-machine model, or machine and section
   * ({@code "fan_01"}) for one model over all machines.
   */
  public static String classifier(boolean allMachines, String machine, String section) {
    return allMachines ? machine + "_" + section : section;
  }

  /** Embedding class: section and attribute string, e.g. {@code "01|vel_6_loc_A"}. */
  public static String embedding(String section, String attributes) {
    return section + "|" + (attributes == null ? "" : attributes);
  }

  /** The folder a per-machine or all-machine model lives in. */
  public static String modelName(boolean allMachines, String machine) {
    return allMachines ? "all" : machine;
  }
}
