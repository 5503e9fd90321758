package org.auscult.training.kind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.distribution.fitting.MultivariateNormalMixtureExpectationMaximization;
import org.apache.commons.math3.util.Pair;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.training.engine.Checkpoints;
import org.auscult.training.engine.LocalNetworkEngine;
import org.auscult.training.engine.NetworkEngine;
import org.auscult.training.engine.TrainingRun;
import org.auscult.training.fit.BoostedTrees;
import org.auscult.training.fit.Gaussian;
import org.auscult.training.fit.MixtureEstimator;
import org.auscult.training.model.ModelFiles;

/**
 * A fit in this JVM, for the kinds' tests: the clips in a list, networks by the local engine with
 * checkpoints in a temporary folder, mixtures by commons-math's EM. Boosted trees need Spark MLlib;
 * the jobs module tests the kind that uses them. The context is its values, so a record.
 *
 * @param machines the clips' machine types, sorted
 * @param checkpoints the folder of the networks' checkpoints
 * @param resume whether networks continue from their newest checkpoint
 */
public record LocalFitContext(List<String> machines, CommonSettings common,
    LogMelParameters logMel, ListClipSet clips, Path checkpoints, boolean resume)
    implements FitContext {

  /** A context over {@code clips}, for the machine types they are of. */
  public LocalFitContext(CommonSettings common, LogMelParameters logMel, List<Clip> clips,
      Path checkpoints, boolean resume) {
    this(clips.stream().map(Clip::machine).distinct().sorted().toList(), common, logMel,
        new ListClipSet(clips), checkpoints, resume);
  }

  /** Settings for tests: profile "test", 10 % validation, 0.9 threshold quantile. */
  public static CommonSettings settings(long seed) {
    return new CommonSettings("test", seed, 0.1, 0.9);
  }

  /** Fits {@code kind} with {@code config}, writes the model and reads it back as its kind would. */
  public static Fitted fitAndReload(Trainer trainer, ModelKind kind, LocalFitContext context)
      throws IOException {
    Fitted fitted = trainer.fit(context);
    ModelFiles.Builder files = new ModelFiles.Builder();
    fitted.model().write(files);
    return new Fitted(kind.read(files.build("test")), fitted.threshold(), fitted.history());
  }

  @Override
  public String name() {
    return "test " + machines;
  }

  @Override
  public NetworkEngine networks() {
    try {
      FileSystem local = FileSystem.getLocal(new Configuration()).getRawFileSystem();
      return new LocalNetworkEngine(new TrainingRun(name(), common.seed(),
          common.validationFraction(),
          new Checkpoints(local, new org.apache.hadoop.fs.Path(checkpoints.toUri())), resume));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public MixtureEstimator mixtures() {
    return (rows, components, seed, maxIterations, tolerance) -> {
      var em = new MultivariateNormalMixtureExpectationMaximization(rows);
      em.fit(MultivariateNormalMixtureExpectationMaximization.estimate(rows, components),
          maxIterations, tolerance);
      List<Gaussian> out = new ArrayList<>();
      for (Pair<Double, MultivariateNormalDistribution> c : em.getFittedModel().getComponents()) {
        double[][] cov = c.getSecond().getCovariances().getData();
        double[] flat = new double[cov.length * cov.length];
        for (int i = 0; i < cov.length; i++) {
          System.arraycopy(cov[i], 0, flat, i * cov.length, cov.length);
        }
        out.add(new Gaussian(c.getFirst(), c.getSecond().getMeans(), flat));
      }
      return out;
    };
  }

  @Override
  public BoostedTrees boostedTrees() {
    throw new UnsupportedOperationException("boosted trees need Spark MLlib (the jobs module)");
  }
}
