/**
 * Score and decision files in the official CSV formats: a strict reader that joins them with
 * labels and domains (from development file names, or from ground-truth files in the official
 * evaluator's layout for evaluation-set names), and the writer the {@code score} stage uses. All
 * I/O goes through Hadoop's {@code FileSystem}, so folders may be local or on HDFS.
 */
package org.auscult.evaluation.scores;
