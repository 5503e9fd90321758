/**
 * Data shaping for training and scoring, pure over the features' frame-major log-mel arrays
 * ({@code float[nFrames · nMels]}, value of frame t and mel m at {@code t · nMels + m}): autoencoder
 * context vectors and CNN patches, per-dimension
 * standardisation with mergeable statistics (for a Spark reduce), the clip-level validation split,
 * and pre-batched ND4J minibatches.
 */
package org.auscult.training.inputs;
