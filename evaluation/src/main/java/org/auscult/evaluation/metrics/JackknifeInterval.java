package org.auscult.evaluation.metrics;

/**
 * A jackknife confidence interval of the official score.
 *
 * @param lower lower end, Ω − t·SE
 * @param upper upper end, Ω + t·SE
 * @param standardError jackknife standard error SE = √((N−1)/N · Σ(Ω₍ᵢ₎ − Ω̄)²)
 * @param confidence the coverage asked for, e.g. 0.95
 * @param leaveOuts N, the number of clips left out one at a time
 */
public record JackknifeInterval(double lower, double upper, double standardError,
    double confidence, int leaveOuts) {
}
