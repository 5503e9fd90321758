package org.auscult.jobs.train;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.clustering.GaussianMixture;
import org.apache.spark.ml.clustering.GaussianMixtureModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.stat.distribution.MultivariateGaussian;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.auscult.training.fit.Gaussian;
import org.auscult.training.fit.MixtureEstimator;

/**
 * Gaussian mixtures by Spark MLlib's EM, on one partition in the rows' order: EM sums over
 * partitions merge in task-completion order, so with several the mixture would differ in its last
 * bits from run to run, and one section's vectors are few.
 */
final class SparkMixtures implements MixtureEstimator {
  private static final StructType SCHEMA = new StructType()
      .add("features", SQLDataTypes.VectorType(), false);

  private final SparkSession spark;

  SparkMixtures(SparkSession spark) {
    this.spark = spark;
  }

  @Override
  public List<Gaussian> fit(double[][] rows, int components, long seed, int maxIterations,
      double tolerance) {
    List<Row> data = new ArrayList<>(rows.length);
    for (double[] r : rows) {
      data.add(RowFactory.create(Vectors.dense(r)));
    }
    Dataset<Row> vectors = spark.createDataFrame(data, SCHEMA).coalesce(1);
    GaussianMixtureModel m = new GaussianMixture().setK(components).setSeed(seed)
        .setMaxIter(maxIterations).setTol(tolerance).fit(vectors);
    List<Gaussian> out = new ArrayList<>();
    MultivariateGaussian[] g = m.gaussians();
    for (int i = 0; i < g.length; i++) {
      // the covariance is symmetric, so MLlib's column-major array is also row-major
      out.add(new Gaussian(m.weights()[i], g[i].mean().toArray(), g[i].cov().toArray()));
    }
    return out;
  }
}
