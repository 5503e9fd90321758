package org.auscult.training.local;

/**
 * One finished epoch.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean minibatch loss over the epoch (each minibatch's loss before its update)
 * @param validationLoss mean loss on the validation clips after the epoch; NaN without them
 * @param seconds wall time of the epoch's training (validation excluded)
 * @param examplesPerSecond training examples per second
 */
public record EpochResult(int epoch, double trainLoss, double validationLoss, double seconds,
    double examplesPerSecond) {}
