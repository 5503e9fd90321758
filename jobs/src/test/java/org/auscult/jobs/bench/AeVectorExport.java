package org.auscult.jobs.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.auscult.jobs.features.FeatureRow;
import org.auscult.jobs.features.FeaturesTable;
import org.auscult.training.inputs.AutoencoderInputs;
import org.auscult.training.inputs.ClipSplit;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.StatsAccumulator;

/**
 * Writes one machine type's standardised autoencoder vectors as little-endian float32 files,
 * split into training and validation clips exactly as the train stage splits them, so the PyTorch
 * peer of the AE benchmark trains on the same vectors as DL4J.
 *
 * <p>Arguments: {@code FEATURES_DIR MACHINE OUT_DIR [contextHop=1] [validationFraction=0.1]
 * [seed=2022]}; writes {@code OUT_DIR/train.f32} and {@code OUT_DIR/validation.f32}.
 */
public final class AeVectorExport {
  private AeVectorExport() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: AeVectorExport FEATURES_DIR MACHINE OUT_DIR [hop] [fraction] [seed]");
      System.exit(2);
    }
    int hop = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    double fraction = args.length > 4 ? Double.parseDouble(args[4]) : 0.1;
    long seed = args.length > 5 ? Long.parseLong(args[5]) : 2022;
    SparkSession spark = SparkSession.builder().master("local[1]").appName("ae-vector-export")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      FeaturesTable table = FeaturesTable.open(spark, args[0]);
      List<FeatureRow> rows = table.rows("split = 'train' AND label = 'normal' AND machine = '"
          + args[1] + "'").collectAsList();
      List<String> ids = new ArrayList<>();
      for (FeatureRow r : rows) {
        ids.add(r.getMachine() + "/" + r.getSplit() + "/" + r.getFileName());
      }
      Set<String> held = ClipSplit.validationIds(ids, fraction, seed);
      StatsAccumulator stats = new StatsAccumulator(5 * 128);
      for (int i = 0; i < rows.size(); i++) {
        if (!held.contains(ids.get(i))) {
          stats.addRows(AutoencoderInputs.vectors(rows.get(i).getLogmel(), 128, 5, hop));
        }
      }
      Standardizer s = stats.finish();
      Path out = Path.of(args[2]);
      Files.createDirectories(out);
      long train = 0;
      long validation = 0;
      try (DataOutputStream t = open(out.resolve("train.f32"));
          DataOutputStream v = open(out.resolve("validation.f32"))) {
        for (int i = 0; i < rows.size(); i++) {
          boolean isHeld = held.contains(ids.get(i));
          // the train stage's validation batches use the training hop too
          float[] x = s.apply(AutoencoderInputs.vectors(rows.get(i).getLogmel(), 128, 5, hop));
          write(isHeld ? v : t, x);
          if (isHeld) {
            validation += x.length / 640;
          } else {
            train += x.length / 640;
          }
        }
      }
      System.out.printf("%d training and %d validation vectors of %s (hop %d) in %s%n", train,
          validation, args[1], hop, out);
    } finally {
      spark.stop();
    }
  }

  private static DataOutputStream open(Path p) throws IOException {
    OutputStream o = Files.newOutputStream(p);
    return new DataOutputStream(new BufferedOutputStream(o, 1 << 20));
  }

  private static void write(DataOutputStream out, float[] x) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(x.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(x);
    out.write(b.array());
  }
}
