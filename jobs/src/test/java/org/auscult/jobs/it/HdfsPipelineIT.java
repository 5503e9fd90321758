package org.auscult.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.auscult.evaluation.Evaluation;
import org.auscult.evaluation.EvaluationSummary;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dataset.Split;
import org.auscult.features.synth.SynthClip;
import org.auscult.features.synth.SynthPlan;
import org.auscult.features.synth.SynthScale;
import org.auscult.jobs.EvaluateJob;
import org.auscult.jobs.config.StageConfig;
import org.auscult.jobs.config.TrainingProfile;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.jobs.score.ScoreStage;
import org.auscult.jobs.spark.SharedSpark;
import org.auscult.jobs.synth.SynthSettings;
import org.auscult.jobs.synth.SynthStage;
import org.auscult.jobs.train.TrainSettings;
import org.auscult.jobs.train.TrainStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole chain with every path on HDFS: an in-process MiniDFSCluster (one name node, one data
 * node, files under jobs/target/it/) and this JVM's local[2] session, calling each stage's
 * {@code run} as its main does. Catches any file written through java.io instead of the Hadoop
 * FileSystem API, or a path made relative to the local disk.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HdfsPipelineIT {
  private static final MachineType MACHINE = MachineType.of("fan");
  private static final int AE_EPOCHS = 2;

  private final SparkSession spark = SharedSpark.session();
  private final List<SynthClip> plan = SynthPlan.clips(SynthScale.TINY, Set.of(MACHINE));
  private MiniDFSCluster hdfs;
  private Configuration conf;
  private String root;

  @BeforeAll
  void startHdfs() throws IOException {
    Path dir = BuildOutputs.freshWorkFolder("hdfs-pipeline");
    Configuration c = new Configuration();
    c.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
    hdfs = new MiniDFSCluster.Builder(c).numDataNodes(1).build();
    hdfs.waitActive();
    conf = spark.sparkContext().hadoopConfiguration();
    root = hdfs.getURI() + "/auscult/run";
  }

  @AfterAll
  void stopHdfs() {
    if (hdfs != null) {
      hdfs.shutdown(true);
    }
  }

  @Test
  void everyStageReadsAndWritesHdfs() throws Exception {
    assertThat(root).startsWith("hdfs://localhost:");
    Config c = StageConfig.load(List.of(),
        Map.of("auscult.training.ae.epochs", String.valueOf(AE_EPOCHS)),
        TrainingProfile.load("quick"));
    String data = root + "/data";
    String features = root + "/features";
    String models = root + "/models";
    String scores = root + "/scores";
    String evaluation = root + "/evaluation";
    List<String> machines = List.of(MACHINE.dirName());

    SynthStage.run(spark, SynthSettings.from(c, data, "tiny", null, machines));
    StageFolders.assertComplete(conf, data);
    assertThat(files(data, ".wav")).isEqualTo(plan.size());

    FeatureStage.run(spark, FeatureSettings.from(c, data, features, null, null, machines));
    StageFolders.assertComplete(conf, features);
    assertThat(StageFolders.featureRows(spark, features).count()).isEqualTo(plan.size());

    List<String> kinds = List.of("gmm", "ae");
    for (String kind : kinds) {
      TrainStage.run(spark, TrainSettings.from(c, kind, features, models, machines, null, false,
          false));
      assertThat(exists(models + "/" + kind + "/" + MACHINE.dirName() + "/_SUCCESS"))
          .as("%s model", kind).isTrue();
    }
    assertThat(StageFolders.json(conf, models + "/ae/" + MACHINE.dirName() + "/history.json")
        .get("epochs")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(AE_EPOCHS);

    ScoreStage.run(spark, models, features, scores, kinds);
    StageFolders.assertComplete(conf, scores);
    long testClips = plan.stream().filter(clip -> clip.name().split() == Split.TEST).count();
    for (String kind : kinds) {
      assertThat(StageFolders.scoredClips(conf, scores + "/" + kind))
          .as("%s scores", kind).isEqualTo(testClips);
    }

    EvaluationSummary summary = EvaluateJob.run(spark, List.of(scores), Optional.empty(),
        evaluation, false);
    StageFolders.assertComplete(conf, evaluation);
    assertThat(summary.officialScores()).containsOnlyKeys("ae", "gmm");
    assertThat(summary.officialScores().values()).allSatisfy(v -> assertThat(v).isFinite());
    for (String kind : kinds) {
      assertThat(exists(evaluation + "/" + kind + "/" + Evaluation.METRICS_JSON)).isTrue();
    }
    assertThat(exists(evaluation + "/" + Evaluation.REPORT_HTML)).isTrue();

    // a path taken for a local one would have made an "hdfs:" folder in the working directory
    assertThat(Path.of("hdfs:")).doesNotExist();
  }

  private boolean exists(String path) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    return p.getFileSystem(conf).exists(p);
  }

  private long files(String folder, String suffix) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(folder);
    FileSystem fs = p.getFileSystem(conf);
    assertThat(fs.getUri().getScheme()).isEqualTo("hdfs");
    long n = 0;
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
    while (it.hasNext()) {
      if (it.next().getPath().getName().endsWith(suffix)) {
        n++;
      }
    }
    return n;
  }
}
