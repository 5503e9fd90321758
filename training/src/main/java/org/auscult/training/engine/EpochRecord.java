package org.auscult.training.engine;

/** What one epoch did: losses (mean per example) and throughput. */
public record EpochRecord(int epoch, double trainLoss, double validationLoss, double seconds,
    double examplesPerSecond) {}
