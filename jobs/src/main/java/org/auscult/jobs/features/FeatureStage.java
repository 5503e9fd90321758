package org.auscult.jobs.features;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.auscult.features.dataset.Catalog;
import org.auscult.features.dataset.CatalogEntry;
import org.auscult.features.dataset.CatalogProblem;
import org.auscult.features.dataset.ClipBytes;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.DatasetCatalog;
import org.auscult.features.dataset.Layout;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.features.dsp.LogMelSpectrogram;
import org.auscult.features.extract.BadClipException;
import org.auscult.features.extract.ClipFeatures;
import org.auscult.features.extract.ClipFeaturizer;
import org.auscult.features.extract.ClipReading;
import org.auscult.jobs.cli.Progress;
import org.auscult.jobs.cli.ProgressTicker;
import org.auscult.jobs.cli.StageFolderException;
import org.auscult.jobs.io.Provenance;
import org.auscult.jobs.io.StageOutput;
import org.auscult.jobs.spark.HadoopConf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The features stage: lists the catalog, spreads its clips evenly over tasks, decodes and
 * transforms each, and writes the features table (Parquet, partitioned by machine) and the errors
 * table into one atomically published folder.
 */
public final class FeatureStage {
  /** The features table, partitioned by machine. */
  public static final String CLIPS = "clips";
  /** Files and clips that are not in the features table: path, reason. */
  public static final String ERRORS = "errors";

  private static final Logger LOG = LoggerFactory.getLogger(FeatureStage.class);
  private static final StructType ERROR_SCHEMA = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, false);

  private FeatureStage() {}

  /** Runs the stage; the report says how many clips were written and which were bad. */
  public static FeatureReport run(SparkSession spark, FeatureSettings s) throws IOException {
    long start = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Progress listing = Progress.start(LOG, "features: list " + String.join(",", s.data()));
    for (String d : s.data()) {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(d);
      org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(sc.hadoopConfiguration());
      if (!fs.exists(p)) {
        throw StageFolderException.wrongFolder("--data " + d + ": no such folder");
      }
      if (!fs.getFileStatus(p).isDirectory()
          && !p.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
        throw StageFolderException.wrongFolder("--data " + d
            + " is a file, expected the data-set folder, a zip or a folder of zips");
      }
    }
    Catalog catalog = DatasetCatalog.scan(sc.hadoopConfiguration(), s.data(), s.forcedLayout());
    List<CatalogEntry> entries = ClipSelection.select(catalog.entries(), s.machines(), s.limit());
    listing.done(entries.size(), "clips");
    catalog.layouts().forEach((m, l) -> LOG.info("features: {} read as {}", m, l));
    catalog.notes().forEach((m, n) -> LOG.info("features: {}: {}", m, n));
    if (entries.isEmpty()) {
      throw StageFolderException.wrongFolder("--data " + String.join(",", s.data())
          + ": no clips" + (s.machines().isEmpty() ? "" : " of " + s.machines()) + " found ("
          + catalog.wavFilesFound() + " .wav files, " + catalog.problems().size()
          + " problems; expected <root>/<machine>/{train,test}/….wav, see docs/data.md)"
          + (catalog.problems().isEmpty() ? "" : "; first: " + catalog.problems().get(0)));
    }

    StageOutput out = StageOutput.begin(sc.hadoopConfiguration(), s.out(), "features");
    try {
      LongAccumulator done = sc.sc().longAccumulator("clips done");
      CollectionAccumulator<String> badAcc = sc.sc().collectionAccumulator("bad clips");
      int slices = Math.max(1, (entries.size() + s.clipsPerTask() - 1) / s.clipsPerTask());
      JavaRDD<CatalogEntry> clips = sc.parallelize(entries, slices);
      HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
      LogMelParameters params = s.logMel();
      ClipReading reading = s.reading();
      JavaRDD<FeatureRow> rows = clips.mapPartitions(
          it -> featurize(it, params, reading, conf, done, badAcc));

      Progress transform = Progress.start(LOG, "features: decode + log-mel + write");
      try (ProgressTicker ticker = ProgressTicker.start(sc.sc(), LOG, "features", done,
          entries.size(), "clips", s.progressInterval())) {
        Dataset<Row> table = spark.createDataset(rows.rdd(), Encoders.bean(FeatureRow.class))
            .selectExpr("machine", "section", "domain", "split", "label", "index", "attributes",
                "fileName AS file_name", "path", "NFrames AS n_frames", "NMels AS n_mels",
                "logmel", "gwrp", "layout", "channel", "sampleRate AS sample_rate");
        // no dictionary: log-mel values almost never repeat, so Parquet would build a dictionary
        // for every page only to fall back to plain encoding (a sixth of the stage's CPU time)
        table.write().mode(SaveMode.ErrorIfExists).partitionBy("machine")
            .option("parquet.enable.dictionary", "false")
            .parquet(out.staging(CLIPS));
      }

      List<FeatureReport.BadClip> bad = badClips(catalog.problems(), badAcc.value());
      long written = entries.size() - countBadEntries(entries, bad);
      transform.done(written, "clips");
      writeErrors(spark, bad, out.staging(ERRORS));
      if (!bad.isEmpty()) {
        LOG.warn("features: {} bad clips or files, listed in {}/{} (first: {}: {})", bad.size(),
            s.out(), ERRORS, bad.get(0).path(), bad.get(0).reason());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      out.commit(manifest(s, catalog, entries, written, bad, seconds, spark));
      LOG.info("features: {} clips written to {} in {} s", written, s.out(),
          String.format("%.1f", seconds));
      return new FeatureReport(out.target(), written, bad, seconds);
    } catch (Exception | Error e) {
      // also SparkException (a failed task), which Scala throws although Java calls it checked
      out.abort();
      throw e;
    }
  }

  private static Iterator<FeatureRow> featurize(Iterator<CatalogEntry> entries,
      LogMelParameters params, ClipReading reading, HadoopConf conf, LongAccumulator done,
      CollectionAccumulator<String> bad) throws IOException {
    ClipFeaturizer featurizer = new ClipFeaturizer(new LogMelSpectrogram(params), reading);
    List<FeatureRow> rows = new ArrayList<>();
    // entries are sorted by path, so the clips of one zip follow each other: it is opened once
    try (ClipBytes files = new ClipBytes(conf.get())) {
      while (entries.hasNext()) {
        CatalogEntry e = entries.next();
        try {
          byte[] bytes = files.read(e);
          rows.add(row(e, featurizer.featurize(bytes, e.path(), e.machine())));
        } catch (BadClipException ex) {
          bad.add(e.path() + "\t" + ex.reason());
        } catch (IOException ex) {
          // an unreadable file or damaged zip entry is a bad clip; the stage goes on with the rest
          bad.add(e.path() + "\tunreadable file: " + ex.getMessage());
        }
        done.add(1);
      }
    }
    return rows.iterator();
  }

  private static FeatureRow row(CatalogEntry e, ClipFeatures f) {
    ClipName n = e.clip();
    FeatureRow r = new FeatureRow();
    r.setMachine(e.machine().dirName());
    r.setSection(n.sectionId());
    r.setDomain(n.domain() == null ? null : n.domain().token());
    r.setSplit(n.split().token());
    r.setLabel(n.label() == null ? null : n.label().token());
    r.setIndex(n.index());
    r.setAttributes(n.attributes());
    r.setFileName(n.fileName());
    r.setPath(e.path());
    r.setNFrames(f.nFrames());
    r.setNMels(f.nMels());
    r.setLogmel(f.logmel());
    r.setGwrp(f.gwrp());
    r.setLayout(e.layout().token());
    r.setChannel(f.channel());
    r.setSampleRate(f.sampleRate());
    return r;
  }

  /** Catalog problems and bad clips, one entry per path (a retried task reports twice). */
  static List<FeatureReport.BadClip> badClips(List<CatalogProblem> problems, List<String> bad) {
    Map<String, String> byPath = new TreeMap<>();
    for (CatalogProblem p : problems) {
      byPath.putIfAbsent(p.path(), p.reason());
    }
    for (String line : bad) {
      int tab = line.indexOf('\t');
      byPath.putIfAbsent(line.substring(0, tab), line.substring(tab + 1));
    }
    List<FeatureReport.BadClip> out = new ArrayList<>();
    byPath.forEach((path, reason) -> out.add(new FeatureReport.BadClip(path, reason)));
    return out;
  }

  private static long countBadEntries(List<CatalogEntry> entries, List<FeatureReport.BadClip> bad) {
    java.util.Set<String> badPaths = new java.util.HashSet<>();
    bad.forEach(b -> badPaths.add(b.path()));
    return entries.stream().filter(e -> badPaths.contains(e.path())).count();
  }

  private static void writeErrors(SparkSession spark, List<FeatureReport.BadClip> bad,
      String path) {
    List<Row> rows = new ArrayList<>();
    bad.forEach(b -> rows.add(RowFactory.create(b.path(), b.reason())));
    spark.createDataFrame(rows, ERROR_SCHEMA).coalesce(1).write().mode(SaveMode.ErrorIfExists)
        .parquet(path);
  }

  private static Map<String, Object> manifest(FeatureSettings s, Catalog catalog,
      List<CatalogEntry> entries, long written, List<FeatureReport.BadClip> bad, double seconds,
      SparkSession spark) {
    Map<String, Object> m = new LinkedHashMap<>(Provenance.common("features", spark));
    Map<String, Object> logMel = new LinkedHashMap<>();
    LogMelParameters p = s.logMel();
    logMel.put("sample_rate", p.sampleRate());
    logMel.put("n_fft", p.nFft());
    logMel.put("hop_length", p.hopLength());
    logMel.put("n_mels", p.nMels());
    logMel.put("clip_samples", p.clipSamples());
    logMel.put("n_frames", p.clipFrames());
    m.put("log_mel", logMel);
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("root", String.join(",", s.data()));
    input.put("fingerprint", Provenance.fingerprint(entries));
    input.put("layout", s.forcedLayout().map(Layout::token).orElse("auto"));
    input.put("layouts", catalog.layouts());
    input.put("notes", catalog.notes());
    // nothing lost: every .wav found is a listed clip or a problem with its reason
    long wavProblems = catalog.problems().stream()
        .filter(q -> q.path().toLowerCase(java.util.Locale.ROOT).endsWith(".wav")).count();
    input.put("wav_files_found", catalog.wavFilesFound());
    input.put("clips_listed", catalog.entries().size());
    input.put("wav_files_with_problems", wavProblems);
    input.put("clips_selected", entries.size());
    input.put("limit", s.limit());
    input.put("machines", s.machines().stream().map(Object::toString).toList());
    input.put("channel", s.reading().channelName());
    input.put("min_clip_seconds", s.reading().minSeconds());
    m.put("input", input);
    m.put("counts", Map.of("clips_written", written, "bad", bad.size()));
    m.put("seconds", seconds);
    return m;
  }
}
