/**
 * The DCASE 2022 Task 2 data set as files: machine types, clip names and their attributes, and the
 * catalog of a data-set root (real or synthetic, local or on any Hadoop file system).
 */
package org.auscult.features.dataset;
