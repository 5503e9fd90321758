/**
 * Anomaly scorers, pure per clip: each takes one clip's frame-major log-mel and returns its
 * anomaly score (larger = more anomalous), transforming the input exactly as in training. A
 * scorer holds one loaded network and is not thread-safe: in Spark, build one per partition
 * ({@code mapPartitions}) from a {@link org.auscult.training.model.ModelBundle} read on the executor.
 */
package org.auscult.training.scoring;
