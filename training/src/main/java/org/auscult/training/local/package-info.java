/**
 * The single-JVM trainer ({@code --engine local}): a {@link org.auscult.training.local.ModelRecipe}
 * says how clips become a model's inputs and which factory builds its network; the
 * {@link org.auscult.training.local.LocalTrainer} splits clips for validation, fits the
 * standardisation, trains epoch by epoch with a checkpoint after each, and resumes from the last
 * one. The Spark jobs reuse the recipes and factories with their own training loop.
 */
package org.auscult.training.local;
