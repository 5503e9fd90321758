/**
 * Shared pieces of fitting that are not any one kind's: the decision threshold from training
 * scores, and the estimators a kind asks its context for where the work is best done by a cluster
 * library (Gaussian mixtures and boosted trees, by Spark MLlib in the jobs module).
 */
package org.auscult.training.fit;
