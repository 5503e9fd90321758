/**
 * What a trained model is on disk: a folder with a {@link org.auscult.training.model.ModelManifest}
 * ({@code model.json}: format version, kind, machine types, log-mel front end, settings, data
 * fingerprint, epochs, decision threshold, the kind's file names) beside the kind's own files
 * ({@link org.auscult.training.model.ModelFiles}: a DL4J {@code network.zip}, JSON parameters…).
 * One format for every kind; bytes in and out, so the Spark side can use any Hadoop file system.
 */
package org.auscult.training.model;
