/** Building the SparkSession of a stage from configuration, and small Spark-side helpers. */
package org.auscult.jobs.spark;
