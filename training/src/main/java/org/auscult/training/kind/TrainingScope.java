package org.auscult.training.kind;

/** How many models a trainer makes from a features table. */
public enum TrainingScope {
  /** One model per machine type, fitted on that machine type's clips alone. */
  PER_MACHINE,
  /** One model for every machine type of the table, fitted on all of them together. */
  ALL_MACHINES
}
