/**
 * The DCASE 2022 Task 2 metrics as pure functions over {@code boolean[]}/{@code double[]}: ROC
 * AUC with ties counted half, the McClish-standardised partial AUC up to FPR 0.1,
 * precision/recall/F1 of decisions, arithmetic and floored harmonic means, the official score Ω
 * and its jackknife interval.
 *
 * <p>Everything here reproduces scikit-learn ({@code roc_auc_score}, with and without
 * {@code max_fpr}) and the official evaluator to 1e-9 on the evaluator's reference cases (the
 * module's test resources); nothing here reads files or knows machine names.
 */
package org.auscult.evaluation.metrics;
