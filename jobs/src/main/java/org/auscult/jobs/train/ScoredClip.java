package org.auscult.jobs.train;

import java.io.Serializable;

/** One clip's anomaly score, with what the score files and thresholds need to know of it. */
public record ScoredClip(String machine, String section, String fileName, String domain,
    String split, double score) implements Serializable {}
