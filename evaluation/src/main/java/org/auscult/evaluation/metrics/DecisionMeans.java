package org.auscult.evaluation.metrics;

/** A mean of precision, recall and F1 over sections and domains. */
public record DecisionMeans(double precision, double recall, double f1) {
}
