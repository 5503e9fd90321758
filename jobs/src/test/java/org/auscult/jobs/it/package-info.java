/**
 * Integration tests (failsafe, {@code *IT.java}, run by {@code mvn verify} after the shaded jar is
 * built): the real stages on a Spark standalone cluster of separate JVMs, through the launcher,
 * under worker and driver failures, and against an in-process HDFS. Every process a test starts
 * is ended by {@link org.auscult.jobs.it.ChildProcesses}; every file goes under
 * {@code jobs/target/it/}.
 */
package org.auscult.jobs.it;
