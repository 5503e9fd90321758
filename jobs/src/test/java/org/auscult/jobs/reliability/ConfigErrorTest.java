package org.auscult.jobs.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.auscult.jobs.EvaluateJob;
import org.auscult.jobs.FeaturesJob;
import org.auscult.jobs.ScoreJob;
import org.auscult.jobs.SynthJob;
import org.auscult.jobs.TrainJob;
import org.auscult.jobs.cli.ExitCodes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration and command-line error of a stage main fails before a SparkSession is built,
 * with its exit code and a message naming the key or option and what was expected: one line for
 * configuration errors (3) and bad values (2); picocli's own parse errors (2) add the usage text
 * after their first line.
 *
 * <p>The stage mains run in this JVM through {@code StageMain.execute} ({@link StageRun}): each
 * main loads and checks its settings before {@code Sessions.create}, so none of these cases
 * reaches Spark. (A case that did would get the shared test session and stop it; every later
 * Spark test would then fail.)
 */
class ConfigErrorTest {
  private static final int USAGE = ExitCodes.USAGE;
  private static final int CONFIG = ExitCodes.CONFIG;

  /**
   * One error: which main, its arguments ({@code CONF} stands for a file holding {@code conf}), the
   * exit code, whether stderr is one line, and what its first line must say.
   */
  record Case(String stage, Supplier<Callable<Integer>> main, List<String> args, String conf,
      int exitCode, boolean oneLine, List<String> says) {
    @Override
    public String toString() {
      return stage + " " + String.join(" ", args).replace("nowhere", "…")
          + (conf == null ? "" : " with " + conf.replace('\n', ' ').strip());
    }
  }

  static Stream<Arguments> cases() {
    List<Case> c = new ArrayList<>();
    // features: unknown keys, wrong types and bad values from -D and --conf files
    c.add(features(CONFIG, "unknown key", "-D", "auscult.features.n-mel=64")
        .saying("auscult.features.n-mel", "unknown key", "expected one of",
            "auscult.features.n-mels", "command-line -D override"));
    c.add(features(CONFIG, "typo in a section", "-D", "auscult.featurs.n-mels=64")
        .saying("auscult.featurs", "unknown key", "auscult.features"));
    c.add(features(CONFIG, "unknown key in a file", "--conf", "CONF")
        .conf("auscult {\n  features {\n    hop = 256\n  }\n}\n")
        .saying("bad.conf: 3", "auscult.features.hop", "unknown key",
            "auscult.features.hop-length"));
    c.add(features(CONFIG, "syntax error in a file", "--conf", "CONF")
        .conf("auscult { features { n-mels = 64 }\n").saying("bad.conf: 2", "expecting"));
    c.add(features(CONFIG, "missing --conf file", "--conf", "no-such.conf")
        .saying("--conf no-such.conf: no such file", "expected a HOCON file"));
    // a bad value given with -D: the message names the key, then what was expected
    c.add(featuresKey("wrong type", "n-mels=lots", "NUMBER"));
    c.add(featuresKey("wrong type of a duration", "progress-interval=soon", "soon"));
    c.add(featuresKey("value out of range", "clips-per-task=0", "expected an integer >= 1, got 0"));
    c.add(featuresKey("odd FFT length", "n-fft=1023",
        "expected an even number of samples, got 1023"));
    c.add(featuresKey("no mel bands", "n-mels=0", "expected an integer >= 1, got 0"));
    c.add(featuresKey("zero clip length", "clip-seconds=0",
        "expected a number of seconds > 0, got 0"));
    c.add(featuresKey("negative max-bad in the configuration", "max-bad=-1",
        "expected an integer >= 0, got -1"));
    c.add(features(USAGE, "negative --max-bad", "--max-bad", "-1")
        .saying("--max-bad must be >= 0, got -1"));
    c.add(features(USAGE, "not a machine type name", "--machines", "fan/x")
        .saying("'fan/x' is not a machine type name"));
    c.add(features(USAGE, "unknown layout", "--layout", "dcase2019")
        .saying("unknown layout 'dcase2019'", "dcase2020", "mimii"));
    c.add(featuresKey("negative channel", "channel=-2", "a channel number from 0, or mean"));
    c.add(featuresKey("gwrp decay above 1", "gwrp.decay.fan=2", "a decay r in [0, 1]"));
    c.add(new Case("features", FeaturesJob::new, List.of("--data", "nowhere"), null, USAGE, false,
        List.of("Missing required option: '--out=DIR'")));
    c.add(features(USAGE, "unknown option", "--bogus").parseError()
        .saying("Unknown option: '--bogus'"));
    // synth
    c.add(synth(USAGE, "--scale", "huge").saying("unknown synthetic scale 'huge'",
        "full, small or tiny"));
    c.add(synth(CONFIG, "-D", "auscult.synth.scale=huge")
        .saying("auscult.synth.scale", "expected full, small or tiny, got huge"));
    c.add(synth(CONFIG, "-D", "auscult.synth.clips-per-task=0")
        .saying("auscult.synth.clips-per-task", ">= 1"));
    c.add(synth(USAGE, "--seed", "abc").parseError().saying("--seed", "abc"));
    // train: model, profile, engine and every network key
    c.add(train(USAGE, "bogus").saying("unknown model kind 'bogus'",
        "expected one of ae, classifier, embedding, gmm, spectral, supervised"));
    c.add(train(CONFIG, "gmm", "--profile", "nope")
        .saying("--profile nope: no such profile", "quick or baseline"));
    c.add(trainKey("ae", "auscult.training.ae.epochs=0", ">= 1, got 0"));
    c.add(trainKey("ae", "auscult.training.ae.learning-rate=-1", "> 0, got -1"));
    c.add(trainKey("embedding", "auscult.training.embedding.loss=arcface",
        "one of adacos, adaproj, triplet"));
    c.add(train(CONFIG, "embedding", "-D", "auscult.training.embedding.loss=adaproj", "-D",
        "auscult.training.embedding.subclusters=300")
        .saying("auscult.training.embedding.subclusters", "at most the embedding's 256 dimensions"));
    c.add(train(CONFIG, "embedding", "-D", "auscult.training.embedding.loss=triplet")
        .saying("auscult.training.embedding.mixup", "0 with loss = triplet"));
    c.add(trainKey("classifier", "auscult.training.classifier.frames=2", ">= 8"));
    c.add(trainKey("classifier", "auscult.training.classifier.mixup=2",
        "auscult.training.classifier.mixup", "a number in [0, 1]"));
    c.add(trainKey("embedding", "auscult.training.embedding.size=huge", "one of quick, baseline"));
    c.add(trainKey("gmm", "auscult.training.engine=gpu", "one of spark, local, got gpu"));
    c.add(train(USAGE, "gmm", "--engine", "gpu").saying("--engine", "spark or local", "gpu"));
    c.add(trainKey("gmm", "auscult.training.validation-fraction=1.5", "[0.0, 1.0)", "1.5"));
    c.add(trainKey("gmm", "auscult.evaluation.threshold-quantile=1", "(0.0, 1.0)"));
    c.add(trainKey("gmm", "auscult.training.gmm.components.fan=0", ">= 1"));
    c.add(trainKey("gmm", "auscult.training.spark.workers=-1", ">= 0"));
    // checked even for a kind with its own scaling
    c.add(trainKey("embedding", "auscult.training.spark.learning-rate-scaling=cubic",
        "auscult.training.spark.learning-rate-scaling", "one of linear, sqrt, none"));
    c.add(trainKey("gmm", "auscult.training.spark.max-learning-rate-factor=0.5",
        "auscult.training.spark.max-learning-rate-factor", "a number >= 1"));
    c.add(trainKey("embedding", "auscult.training.embedding.spark-learning-rate-scaling=all",
        "auscult.training.embedding.spark-learning-rate-scaling", "one of linear, sqrt, none"));
    c.add(trainKey("supervised", "auscult.training.supervised.folds=1", ">= 2"));
    c.add(train(USAGE, "gmm", "--resume", "--overwrite")
        .saying("--resume and --overwrite exclude each other"));
    // score, evaluate
    c.add(new Case("score", ScoreJob::new, List.of("--models", "m", "--features", "f", "--out", "o",
        "--model-kinds", "ae,bogus"), null, USAGE, true, List.of("unknown model kind 'bogus'")));
    c.add(new Case("evaluate", EvaluateJob::new, List.of("--scores", "s", "--out", "o", "-D",
        "auscult.evaluation.jackknife=maybe"), null, CONFIG, true,
        List.of("auscult.evaluation.jackknife", "BOOLEAN")));
    return c.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsAtStartWithItsCodeAndAMessageNamingTheKey(Case c, @TempDir Path tmp)
      throws IOException {
    List<String> args = new ArrayList<>();
    for (String a : c.args()) {
      if (a.equals("CONF")) {
        Path file = tmp.resolve("bad.conf");
        Files.writeString(file, c.conf());
        args.add(file.toString());
      } else {
        args.add(a.replace("nowhere", tmp.resolve("nowhere").toString()));
      }
    }
    StageRun run = StageRun.of(c.main().get(), args.toArray(String[]::new));
    int code = run.exitCode();
    List<String> lines = run.stderr();

    assertThat(code).as("exit code; stderr: %s", lines).isEqualTo(c.exitCode());
    assertThat(lines).as("stderr").isNotEmpty();
    if (c.oneLine()) {
      assertThat(lines).as("stderr").hasSize(1);
      assertThat(lines.get(0)).startsWith(c.stage() + ": ");
    }
    if (c.exitCode() == CONFIG) {
      assertThat(lines.get(0)).contains("configuration error");
    }
    for (String s : c.says()) {
      assertThat(lines.get(0)).contains(s);
    }
    assertThat(tmp.resolve("nowhere")).doesNotExist();
  }

  /** A features case; {@code what} says what is wrong, for the reader. */
  private static CaseBuilder features(int code, String what, String... extra) {
    List<String> args = new ArrayList<>(List.of("--data", "nowhere", "--out", "nowhere"));
    args.addAll(List.of(extra));
    return new CaseBuilder("features", FeaturesJob::new, args, code);
  }

  /**
   * A features case of one bad value given with {@code -D} ({@code setting} is {@code key=value}
   * below {@code auscult.features.}): a configuration error whose message names the whole key,
   * then {@code says}.
   */
  private static Case featuresKey(String what, String setting, String... says) {
    return features(CONFIG, what, "-D", "auscult.features." + setting).namingTheKey(says);
  }

  /** A train case of {@code model} with one bad {@code key=value} given with {@code -D}, alike. */
  private static Case trainKey(String model, String setting, String... says) {
    return train(CONFIG, model, "-D", setting).namingTheKey(says);
  }

  private static CaseBuilder synth(int code, String... extra) {
    List<String> args = new ArrayList<>(List.of("--out", "nowhere"));
    args.addAll(List.of(extra));
    return new CaseBuilder("synth", SynthJob::new, args, code);
  }

  private static CaseBuilder train(int code, String model, String... extra) {
    List<String> args = new ArrayList<>(List.of("--model", model, "--features", "nowhere",
        "--out", "nowhere"));
    args.addAll(List.of(extra));
    return new CaseBuilder("train", TrainJob::new, args, code);
  }

  /** Builds a {@link Case}; a case is one line unless it is a picocli parse error. */
  private static final class CaseBuilder {
    private final String stage;
    private final Supplier<Callable<Integer>> main;
    private final List<String> args;
    private final int code;
    private String conf;
    private boolean oneLine = true;

    CaseBuilder(String stage, Supplier<Callable<Integer>> main, List<String> args, int code) {
      this.stage = stage;
      this.main = main;
      this.args = args;
      this.code = code;
    }

    CaseBuilder conf(String text) {
      conf = text;
      return this;
    }

    CaseBuilder parseError() {
      oneLine = false;
      return this;
    }

    Case saying(String... fragments) {
      return new Case(stage, main, args, conf, code, oneLine, List.of(fragments));
    }

    /** The case whose message names the key of its last {@code -D key=value}, then the rest. */
    Case namingTheKey(String... fragments) {
      String setting = args.get(args.lastIndexOf("-D") + 1);
      List<String> says = new ArrayList<>(List.of(setting.substring(0, setting.indexOf('='))));
      says.addAll(List.of(fragments));
      return saying(says.toArray(String[]::new));
    }
  }
}
