/** The {@code score} stage: every test clip's anomaly score and decision, in the official CSVs. */
package org.auscult.jobs.score;
