/**
 * How DL4J networks are trained, once for every network kind: a {@link
 * org.auscult.training.engine.NetworkRecipe} (examples from clips, the network from its factory),
 * a {@link org.auscult.training.engine.NetworkEngine} that trains it where the clips are, and the
 * {@link org.auscult.training.engine.EpochLoop} both engines run (seeded batch order per epoch,
 * losses, a checkpoint per epoch, resume). The single-JVM engine is here; the Spark one, the same
 * loop with a distributed step, is in the jobs module.
 */
package org.auscult.training.engine;
