/**
 * The {@code evaluate} stage as a plain library call: {@link org.auscult.evaluation.Evaluation#run}
 * reads one or more score folders, computes the official metrics and writes {@code metrics.json},
 * {@code result.csv} and one HTML report. The Spark stage main only wraps it.
 */
package org.auscult.evaluation;
