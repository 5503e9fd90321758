package org.auscult.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.auscult.jobs.spark.SharedSpark;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.spark.impl.multilayer.SparkDl4jMultiLayer;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Proves the whole stack in one JVM: Spark SQL with Parquet, and DL4J training through dl4j-spark. */
class StackSmokeTest {
  private final SparkSession spark = SharedSpark.session();

  @Test
  void parquetRoundTripsFloatArrays(@TempDir Path dir) {
    StructType schema = new StructType()
        .add("clip", DataTypes.StringType, false)
        .add("logmel", DataTypes.createArrayType(DataTypes.FloatType, false), false);
    List<Row> rows = List.of(
        RowFactory.create("a.wav", new float[] {1.5f, -2f}),
        RowFactory.create("b.wav", new float[] {0.25f}));
    String path = dir.resolve("p.parquet").toString();
    spark.createDataFrame(rows, schema).write().parquet(path);

    Dataset<Row> back = spark.read().parquet(path).orderBy("clip");
    // Parquet keeps the element type; it does not keep "contains no nulls"
    assertThat(back.schema().apply("logmel").dataType())
        .isEqualTo(DataTypes.createArrayType(DataTypes.FloatType, true));
    List<Row> got = back.collectAsList();
    assertThat(got).hasSize(2);
    assertThat(got.get(0).<Float>getList(1)).containsExactly(1.5f, -2f);
    assertThat(got.get(1).<Float>getList(1)).containsExactly(0.25f);
  }

  @Test
  void dl4jTrainsThroughSparkWithParameterAveraging(@TempDir Path dir) {
    // y = sum of x, a task a 4-8-1 network learns quickly
    Random random = new Random(7);
    List<DataSet> batches = new ArrayList<>();
    for (int b = 0; b < 16; b++) {
      float[][] x = new float[32][4];
      float[][] y = new float[32][1];
      for (int i = 0; i < 32; i++) {
        for (int j = 0; j < 4; j++) {
          x[i][j] = (float) random.nextGaussian();
          y[i][0] += x[i][j];
        }
      }
      batches.add(new DataSet(Nd4j.create(x), Nd4j.create(y)));
    }
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(7).updater(new Adam(1e-2)).list()
        .layer(new DenseLayer.Builder().nIn(4).nOut(8).activation(Activation.TANH).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(8).nOut(1)
            .activation(Activation.IDENTITY).build())
        .build();
    ParameterAveragingTrainingMaster master = new ParameterAveragingTrainingMaster.Builder(32)
        .batchSizePerWorker(32).averagingFrequency(2).workerPrefetchNumBatches(0)
        .exportDirectory(dir.resolve("export").toUri().toString())
        .rddTrainingApproach(org.deeplearning4j.spark.api.RDDTrainingApproach.Direct)
        .build();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<DataSet> rdd = jsc.parallelize(batches, 2);
    SparkDl4jMultiLayer net = new SparkDl4jMultiLayer(jsc, conf, master);

    DataSet all = DataSet.merge(batches);
    double before = net.getNetwork().score(all);
    net.fit(rdd);
    double after = net.getNetwork().score(all);

    assertThat(after).isLessThan(before * 0.9);
  }
}
