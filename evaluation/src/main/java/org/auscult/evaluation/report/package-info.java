/**
 * What one evaluation run computes per system
 * ({@link org.auscult.evaluation.report.SystemEvaluation}) and how it is written:
 * {@code metrics.json}, the official evaluator's {@code result.csv} layout, a console table, and
 * one self-contained HTML page with tables and embedded ROC and score plots.
 */
package org.auscult.evaluation.report;
