/**
 * Network factories, one per model, each built from a small settings record: the DCASE autoencoder
 * baseline ({@link org.auscult.training.nets.AutoencoderFactory}), the section classifier CNN
 * ({@link org.auscult.training.nets.ClassifierFactory}) and the triplet-loss embedding CNN
 * ({@link org.auscult.training.nets.EmbeddingFactory}). The same factory serves the single-JVM
 * trainer and the Spark jobs: a factory returns a serialisable DL4J configuration (for
 * {@code SparkDl4jMultiLayer} / {@code SparkComputationGraph}) or an initialised network.
 */
package org.auscult.training.nets;
