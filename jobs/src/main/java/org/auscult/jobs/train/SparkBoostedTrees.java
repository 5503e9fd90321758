package org.auscult.jobs.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.classification.GBTClassifier;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.auscult.training.fit.BoostedTrees;

/** Cross-validated gradient-boosted trees by Spark MLlib. */
final class SparkBoostedTrees implements BoostedTrees {
  private static final StructType SCHEMA = new StructType()
      .add("row", DataTypes.IntegerType, false)
      .add("label", DataTypes.DoubleType, false)
      .add("fold", DataTypes.IntegerType, false)
      .add("features", SQLDataTypes.VectorType(), false);

  private final SparkSession spark;

  SparkBoostedTrees(SparkSession spark) {
    this.spark = spark;
  }

  @Override
  public double[] outOfFold(double[][] rows, double[] labels, int[] folds, int foldCount,
      int maxIterations, int maxDepth, long seed) {
    List<Row> examples = new ArrayList<>(rows.length);
    for (int i = 0; i < rows.length; i++) {
      examples.add(RowFactory.create(i, labels[i], folds[i], Vectors.dense(rows[i])));
    }
    double[] out = new double[rows.length];
    Arrays.fill(out, Double.NaN);
    Dataset<Row> data = spark.createDataFrame(examples, SCHEMA).cache();
    try {
      for (int f = 0; f < foldCount; f++) {
        Dataset<Row> train = data.where("fold <> " + f);
        Dataset<Row> held = data.where("fold = " + f);
        if (held.isEmpty() || train.select("label").distinct().count() < 2) {
          continue;
        }
        GBTClassificationModel model = new GBTClassifier().setLabelCol("label")
            .setFeaturesCol("features").setSeed(seed).setMaxIter(maxIterations)
            .setMaxDepth(maxDepth).fit(train);
        for (Row r : model.transform(held).select(functions.col("row"),
            org.apache.spark.ml.functions.vector_to_array(functions.col("probability"), "float64")
                .getItem(1)).collectAsList()) {
          out[r.getInt(0)] = r.getDouble(1);
        }
      }
      return out;
    } finally {
      data.unpersist();
    }
  }
}
