/** The {@code features} stage: clips in, baseline log-mel Parquet and an errors table out. */
package org.auscult.jobs.features;
