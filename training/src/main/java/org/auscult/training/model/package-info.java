/**
 * What a trained model is on disk: a {@link org.auscult.training.model.ModelBundle} of the DL4J
 * model zip ({@code network.zip}, written by {@code ModelSerializer}) and a JSON manifest
 * ({@code model.json}: kind, feature parameters, standardisation, profile, seed, data fingerprint,
 * epochs, decision threshold, class names, embedding reference sets). Streams in and out, so the
 * Spark jobs can pass Hadoop streams; {@code java.nio.file} helpers for local folders.
 */
package org.auscult.training.model;
