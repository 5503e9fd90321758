package org.auscult.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.auscult.jobs.spark.SharedSpark;
import org.auscult.training.engine.Checkpoints;
import org.auscult.training.engine.EpochLoop;
import org.auscult.training.engine.EpochRecord;
import org.auscult.training.inputs.MinibatchAugmentation;
import org.auscult.training.inputs.Mixup;
import org.auscult.training.nets.AdaptiveLosses;
import org.auscult.training.nets.ClipEncoderSettings;
import org.auscult.training.nets.EmbeddingFactory;
import org.auscult.training.nets.EmbeddingSettings;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class SparkEpochStepTest {
  private static final int WIDTH = 16;
  private static final int BATCH = 32;

  private final JavaSparkContext sc = SharedSpark.context();

  /** 40 "clips" of 25 vectors on a 3-dimensional subspace: an autoencoder can learn them. */
  private static List<ExampleBlock> clips(long seed) {
    Random r = new Random(seed);
    float[][] basis = new float[3][WIDTH];
    for (float[] b : basis) {
      for (int j = 0; j < WIDTH; j++) {
        b[j] = (float) r.nextGaussian();
      }
    }
    List<ExampleBlock> blocks = new ArrayList<>();
    for (int c = 0; c < 40; c++) {
      float[] x = new float[25 * WIDTH];
      for (int i = 0; i < 25; i++) {
        double a = r.nextGaussian();
        double b = r.nextGaussian();
        double d = r.nextGaussian();
        for (int j = 0; j < WIDTH; j++) {
          x[i * WIDTH + j] = (float) (a * basis[0][j] + b * basis[1][j] + d * basis[2][j]);
        }
      }
      blocks.add(ExampleBlock.selfSupervised("clip" + c, x, 25, new int[] {WIDTH}));
    }
    return blocks;
  }

  private static MultiLayerNetwork autoencoder() {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(3)
        .updater(new Adam(1e-2)).list()
        .layer(new DenseLayer.Builder().nIn(WIDTH).nOut(8).activation(Activation.IDENTITY).build())
        .layer(new BatchNormalization.Builder().nOut(8).build())
        .layer(new DenseLayer.Builder().nIn(8).nOut(8).activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(8).nOut(WIDTH)
            .activation(Activation.IDENTITY).build())
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  /** Two workers averaging every 2 minibatches, as the engine builds them. */
  private static ParameterAveragingTrainingMaster master(Path dir) {
    return new SparkTrainerSettings(2, 2, 0, 128, 4, false, "none", 2)
        .master(2, BATCH, 5, dir.resolve("export").toUri().toString());
  }

  @Test
  void exportWritesEveryExampleOnceInBatches(@TempDir Path dir) throws IOException {
    JavaRDD<ExampleBlock> rdd = sc.parallelize(clips(1), 2);
    BatchFiles files = MinibatchExport.export(rdd, dir.resolve("b").toUri().toString(), BATCH,
        128, 9);
    assertThat(files.examples()).isEqualTo(40 * 25);
    long rows = 0;
    var fs = new org.apache.hadoop.fs.Path(files.directory()).getFileSystem(sc.hadoopConfiguration());
    for (String p : files.paths()) {
      var ds = MinibatchExport.load(fs, p);
      assertThat(ds.numExamples()).isLessThanOrEqualTo(BATCH);
      assertThat(ds.getFeatures().equals(ds.getLabels())).isTrue();
      rows += ds.numExamples();
    }
    assertThat(rows).isEqualTo(1000);
    assertThatThrownBy(() -> MinibatchExport.export(rdd, files.directory(), BATCH, 128, 9))
        .isInstanceOf(IOException.class).hasMessageContaining("already exists");
  }

  @Test
  void exportMixesTheFeaturesWithTheirLabels(@TempDir Path dir) throws IOException {
    // class 0 is all zeros, class 1 all ones: a mixed example's value is its class-1 weight
    List<ExampleBlock> blocks = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      int cls = c % 2;
      float[] x = new float[4 * WIDTH];
      java.util.Arrays.fill(x, cls);
      float[] y = new float[4 * 2];
      for (int i = 0; i < 4; i++) {
        y[i * 2 + cls] = 1f;
      }
      blocks.add(new ExampleBlock("clip" + c, x, 4, new int[] {WIDTH}, y, 2));
    }
    BatchFiles files = MinibatchExport.export(sc.parallelize(blocks, 1),
        dir.resolve("m").toUri().toString(), BATCH, 128, 9,
        MinibatchAugmentation.of(new Mixup(1)));
    var fs = new org.apache.hadoop.fs.Path(files.directory())
        .getFileSystem(sc.hadoopConfiguration());
    int mixed = 0;
    for (String p : files.paths()) {
      var ds = MinibatchExport.load(fs, p);
      for (int i = 0; i < ds.numExamples(); i++) {
        float weight = ds.getLabels().getFloat(i, 1);
        assertThat(ds.getFeatures().getFloat(i, 3)).isCloseTo(weight, within(1e-6f));
        mixed += weight > 0 && weight < 1 ? 1 : 0;
      }
    }
    assertThat(mixed).isGreaterThan(8); // about half: a partner of the same class changes nothing
  }

  @Test
  void exportIsDeterministic(@TempDir Path dir) throws IOException {
    JavaRDD<ExampleBlock> rdd = sc.parallelize(clips(1), 2);
    BatchFiles a = MinibatchExport.export(rdd, dir.resolve("a").toUri().toString(), BATCH, 128, 9);
    BatchFiles b = MinibatchExport.export(rdd, dir.resolve("b").toUri().toString(), BATCH, 128, 9);
    assertThat(a.count()).isEqualTo(b.count());
    for (int i = 0; i < a.count(); i++) {
      assertThat(Files.readAllBytes(Path.of(java.net.URI.create(a.paths().get(i)))))
          .isEqualTo(Files.readAllBytes(Path.of(java.net.URI.create(b.paths().get(i)))));
    }
  }

  @Test
  void averagingHandsAdamsMomentsToTheNextRound(@TempDir Path dir) throws IOException {
    BatchFiles train = MinibatchExport.export(sc.parallelize(clips(1), 2),
        dir.resolve("train").toUri().toString(), BATCH, 128, 9);
    MultiLayerNetwork model = autoencoder();
    SparkNetwork net = SparkNetwork.of(sc, model, master(dir));
    net.fitPaths(sc.parallelize(train.paths(), 2));
    // the averaged moments come back to the driver, whose next broadcast carries them; without
    // them every round would start Adam again from zero
    INDArray state = ((MultiLayerNetwork) net.model()).getUpdater().getStateViewArray();
    assertThat(state.amaxNumber().doubleValue()).isGreaterThan(0);
  }

  @Test
  void theDriversAdaptiveScaleIsBroughtToTheTrainedNetwork(@TempDir Path dir) throws IOException {
    // 12 clips of 4 windows of 16 frames × 8 mel bins, 3 classes, one-hot
    Random r = new Random(2);
    List<ExampleBlock> blocks = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      float[] x = new float[4 * 16 * 8];
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) r.nextGaussian() + c % 3;
      }
      float[] y = new float[4 * 3];
      for (int i = 0; i < 4; i++) {
        y[i * 3 + c % 3] = 1f;
      }
      blocks.add(new ExampleBlock("clip" + c, x, 4, new int[] {1, 16, 8}, y, 3));
    }
    BatchFiles train = MinibatchExport.export(sc.parallelize(blocks, 2),
        dir.resolve("train").toUri().toString(), 8, 128, 9);
    var fs = org.apache.hadoop.fs.FileSystem.getLocal(sc.hadoopConfiguration()).getRawFileSystem();
    EmbeddingSettings settings = new EmbeddingSettings(
        new ClipEncoderSettings(3, 1e-3, 8, 16, List.of(4, 6), 5), "adacos", 3, 2);
    SparkNetwork net = SparkNetwork.of(sc, EmbeddingFactory.build(settings), master(dir));
    SparkEpochStep step = new SparkEpochStep(sc, net, fs, train, train, 2, 11, 4);
    step.fitEpoch(1);

    // a driver whose scale stayed where training started, as on a cluster, where the workers'
    // copies do not share its loss object: one adaptation per sampled batch brings it along.
    // (Under this local master the workers move the driver's own scale, so fitEpoch's call of
    // adaptLossScale cannot be told apart from theirs here.)
    ComputationGraph stale = EmbeddingFactory.build(settings);
    stale.setParams(net.model().params());
    double start = AdaptiveLosses.scales(stale)[0];
    ComputationGraph expected = EmbeddingFactory.build(settings);
    expected.setParams(net.model().params());
    for (String p : step.lossSample().subList(0, SparkEpochStep.ADAPT_BATCHES)) {
      AdaptiveLosses.adaptTo(expected, MinibatchExport.load(fs, p));
    }
    new SparkEpochStep(sc, SparkNetwork.of(sc, stale, master(dir)), fs, train, train, 2, 11, 4)
        .adaptLossScale();
    assertThat(AdaptiveLosses.scales(stale)[0]).isNotEqualTo(start)
        .isEqualTo(AdaptiveLosses.scales(expected)[0]);
  }

  @Test
  void trainsLowersLossCheckpointsAndResumes(@TempDir Path dir) throws IOException {
    List<ExampleBlock> clips = clips(1);
    BatchFiles train = MinibatchExport.export(sc.parallelize(clips.subList(0, 34), 2),
        dir.resolve("train").toUri().toString(), BATCH, 128, 9);
    BatchFiles val = MinibatchExport.export(sc.parallelize(clips.subList(34, 40), 1),
        dir.resolve("val").toUri().toString(), BATCH, 128, 9);
    var fs = org.apache.hadoop.fs.FileSystem.getLocal(sc.hadoopConfiguration()).getRawFileSystem();
    Checkpoints store = new Checkpoints(fs, new org.apache.hadoop.fs.Path(
        dir.resolve("ckpt").toUri()));
    SparkNetwork net = SparkNetwork.of(sc, autoencoder(), master(dir));
    SparkEpochStep step = new SparkEpochStep(sc, net, fs, train, val, 2, 11, 4);
    double before = step.meanLoss(val.paths());

    // a run "killed" after its second epoch
    assertThatThrownBy(() -> EpochLoop.run("ae test", step, 4, List.of(), store, "sha256:data",
        r -> {
          if (r.epoch() == 2) {
            throw new IllegalStateException("killed");
          }
        })).hasMessage("killed");

    Checkpoints.Restored restored = store.latest("sha256:data").orElseThrow();
    assertThat(restored.state().epoch()).isEqualTo(2);
    assertThat(restored.state().history()).extracting(EpochRecord::epoch).containsExactly(1, 2);
    assertThatThrownBy(() -> store.latest("sha256:other"))
        .hasMessageContaining("was trained on data sha256:data, this run has sha256:other");

    SparkNetwork resumed = SparkNetwork.of(sc, restored.network(), master(dir));
    List<Integer> ran = new ArrayList<>();
    List<EpochRecord> history = EpochLoop.run("ae test", new SparkEpochStep(sc, resumed, fs,
        train, val, 2, 11, 4), 4, restored.state().history(), store, "sha256:data",
        r -> ran.add(r.epoch()));
    assertThat(ran).containsExactly(3, 4);
    assertThat(history).extracting(EpochRecord::epoch).containsExactly(1, 2, 3, 4);
    assertThat(history.get(3).validationLoss()).isLessThan(before * 0.5);
    assertThat(store.latest("sha256:data").orElseThrow().state().epoch()).isEqualTo(4);
  }
}
