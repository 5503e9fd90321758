package org.auscult.jobs.train;

/** What one epoch did: losses (mean per example) and throughput. */
public record EpochRecord(int epoch, double trainLoss, double validationLoss, double seconds,
    double examplesPerSecond) {}
