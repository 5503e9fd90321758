package org.auscult.evaluation.metrics;

import java.util.Optional;

/**
 * One kind of mean (arithmetic, harmonic, …) of the metrics over a group of sections, one value per
 * column of the official result file's mean rows.
 *
 * @param auc mean of the AUC values (source and target, or one domain's)
 * @param pauc mean of the pAUC values
 * @param decisions means of precision, recall and F1; empty when the sections have no decisions
 */
public record MetricMeans(double auc, double pauc, Optional<DecisionMeans> decisions) {
}
