/**
 * What a model kind is, behind one interface: a {@link org.auscult.training.kind.ModelKind} reads
 * its own configuration block into a {@link org.auscult.training.kind.Trainer}, which fits an
 * {@link org.auscult.training.kind.AnomalyModel} from the clips a
 * {@link org.auscult.training.kind.FitContext} gives it; the model scores one
 * {@link org.auscult.training.kind.Clip} at a time and writes itself into a model bundle, from
 * which its kind reads it back. {@link org.auscult.training.kind.ModelKinds} is the one registry.
 * Nothing here knows Spark: the jobs module implements the context over a Spark session.
 */
package org.auscult.training.kind;
