/**
 * The Spark side of training: examples from the features Parquet are cut into DataSet minibatches
 * written once per run (pre-batched per worker), then trained from their paths with dl4j-spark's
 * parameter averaging, epoch by epoch, with validation, checkpoints and resume.
 */
package org.auscult.jobs.train;
