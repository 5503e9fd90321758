package org.auscult.training.local;

import java.nio.file.Path;

/**
 * How the single-JVM trainer runs.
 *
 * @param epochs total epochs; a resumed run stops at the same count
 * @param batchSize examples per minibatch (512 for the AE baseline)
 * @param validationFraction share of training clips held out for the validation loss (0.1)
 * @param seed seeds the validation split, the example shuffle and each epoch's minibatch order
 * @param checkpointDir folder for one checkpoint per epoch, or {@code null} for none
 * @param resume continue from the last checkpoint in {@code checkpointDir}, if any
 * @param keepCheckpoints how many of the newest checkpoints to keep (older ones are deleted)
 * @param threads ND4J/OpenMP and BLAS threads to set before training ({@link NativeThreads}), or
 *     0 to leave the process's setting ({@code OMP_NUM_THREADS}) alone
 */
public record TrainerSettings(int epochs, int batchSize, double validationFraction, long seed,
    Path checkpointDir, boolean resume, int keepCheckpoints, int threads) {

  public TrainerSettings {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
    }
    if (!(validationFraction >= 0 && validationFraction < 1)) {
      throw new IllegalArgumentException("validationFraction must be in [0, 1), got "
          + validationFraction);
    }
    if (resume && checkpointDir == null) {
      throw new IllegalArgumentException("resume needs a checkpointDir");
    }
    if (keepCheckpoints < 1) {
      throw new IllegalArgumentException("keepCheckpoints must be >= 1, got " + keepCheckpoints);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0, got " + threads);
    }
  }

  /** Without checkpoints: {@code epochs}, {@code batchSize}, 10 % validation, threads untouched. */
  public static TrainerSettings inMemory(int epochs, int batchSize, long seed) {
    return new TrainerSettings(epochs, batchSize, 0.1, seed, null, false, 1, 0);
  }

  /** The same with checkpoints into {@code dir}, resuming from it when {@code resume}. */
  public TrainerSettings withCheckpoints(Path dir, boolean resumeFromDir) {
    return new TrainerSettings(epochs, batchSize, validationFraction, seed, dir, resumeFromDir,
        keepCheckpoints, threads);
  }

  /** The same with another epoch count. */
  public TrainerSettings withEpochs(int n) {
    return new TrainerSettings(n, batchSize, validationFraction, seed, checkpointDir, resume,
        keepCheckpoints, threads);
  }
}
