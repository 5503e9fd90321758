/**
 * Reliability tests of the stages: corrupted data sets, configuration errors, unwritable outputs,
 * features made with other parameters than a model expects, and reruns on unchanged inputs. Each
 * test runs the real stages on a miniature synthetic data set in the shared local[2] session; the
 * {@code *IT} classes run the stage mains through {@code submit/auscult} in child JVMs, where exit
 * codes and the launcher's own checks can be seen.
 */
package org.auscult.jobs.reliability;
