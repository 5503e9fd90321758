/**
 * Decision thresholds for anomaly scores: the 90 % quantile of a gamma distribution fitted by
 * maximum likelihood (free location, as {@code scipy.stats.gamma.fit}) to a machine type's training
 * scores, with the empirical percentile as a logged fallback.
 */
package org.auscult.evaluation.threshold;
