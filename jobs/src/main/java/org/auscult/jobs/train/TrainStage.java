package org.auscult.jobs.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.auscult.features.dataset.MachineType;
import org.auscult.jobs.cli.StageFolderException;
import org.auscult.jobs.features.FeaturesTable;
import org.auscult.jobs.io.OutputFileSystems;
import org.auscult.jobs.io.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The train stage: one model kind, one model per machine type (or one for all machines), each in
 * its own folder {@code <out>/<model>/<machine>/}, plus a run manifest in {@code <out>/<model>/}.
 */
public final class TrainStage {
  /** The train run's record in {@code <out>/<model>/}. */
  public static final String MANIFEST = "_TRAIN_MANIFEST.json";

  private static final Logger LOG = LoggerFactory.getLogger(TrainStage.class);

  private TrainStage() {}

  /** Trains every selected machine type; returns one result per model folder. */
  public static List<NetworkTraining.Result> run(SparkSession spark, TrainSettings s)
      throws IOException {
    long start = System.nanoTime();
    FeaturesTable table = FeaturesTable.open(spark, s.features());
    List<String> present = table.clips().select("machine").distinct().collectAsList().stream()
        .map(r -> r.getString(0)).sorted().toList();
    List<String> machines = new ArrayList<>();
    for (MachineType m : s.machines()) {
      if (present.contains(m.dirName())) {
        machines.add(m.dirName());
      }
    }
    if (machines.isEmpty()) {
      throw StageFolderException.wrongFolder("features folder " + s.features() + " has none of "
          + "the machine types " + s.machines() + " (it has " + present + ")");
    }
    String kindDir = new Path(s.out(), s.model().token()).toString();
    var conf = spark.sparkContext().hadoopConfiguration();
    List<NetworkTraining.Result> results = new ArrayList<>();
    boolean allMachines = s.model() == ModelChoice.CLASSIFIER
        && s.network().scope().equals("all");
    if (allMachines) {
      ModelFolder folder = ModelFolder.at(conf, kindDir + "/" + ClassKeys.modelName(true, null));
      results.add(new NetworkTraining(spark, s, table).train("classifier all", machines, folder));
    } else {
      for (String machine : machines) {
        ModelFolder folder = ModelFolder.at(conf, kindDir + "/" + machine);
        results.add(switch (s.model()) {
          case GMM -> new GmmTraining(spark, s, table).train(machine, folder);
          case SUPERVISED -> new SupervisedReference(spark, s, table).train(machine, folder);
          default -> new NetworkTraining(spark, s, table).train(s.model().token() + " " + machine,
              List.of(machine), folder);
        });
      }
    }
    writeManifest(spark, s, kindDir, results, (System.nanoTime() - start) / 1e9, table);
    for (NetworkTraining.Result r : results) {
      String seconds = String.format("%.1f", r.seconds());
      if (r.epochs() == 0) {
        // gmm and supervised are fitted, not trained in epochs: no loss to report
        LOG.info("trained {}: threshold {} ({} s) -> {}", r.name(), r.threshold(), seconds,
            r.folder());
      } else {
        LOG.info("trained {}: {} epochs, loss {}, validation loss {}, threshold {} ({} s) -> {}",
            r.name(), r.epochs(), r.trainLoss(), r.validationLoss(), r.threshold(), seconds,
            r.folder());
      }
    }
    return results;
  }

  private static void writeManifest(SparkSession spark, TrainSettings s, String kindDir,
      List<NetworkTraining.Result> results, double seconds, FeaturesTable table)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>(Provenance.common("train", spark));
    m.put("model", s.model().token());
    m.put("profile", s.profile());
    m.put("engine", s.engine());
    m.put("seed", s.seed());
    m.put("features", s.features());
    m.put("features_manifest",
        org.auscult.jobs.io.StageOutput.readManifest(spark.sparkContext().hadoopConfiguration(),
            table.folder()).get("input"));
    m.put("settings", s.config().getConfig("auscult.training").root().unwrapped());
    m.put("models", results);
    m.put("seconds", seconds);
    Path p = new Path(kindDir, MANIFEST);
    FileSystem fs = OutputFileSystems.of(p, spark.sparkContext().hadoopConfiguration());
    try (OutputStream out = fs.create(p, true)) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, m);
    }
  }
}
