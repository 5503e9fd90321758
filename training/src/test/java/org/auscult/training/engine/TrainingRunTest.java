package org.auscult.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.kind.Clip;
import org.auscult.training.nets.AutoencoderFactory;
import org.auscult.training.nets.AutoencoderSettings;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {

  @Test
  void aResumedNetworkHasTheRecipesStepSizeWhateverItWasTrainedWith(@TempDir Path dir)
      throws Exception {
    FileSystem local = FileSystem.getLocal(new Configuration()).getRawFileSystem();
    Checkpoints checkpoints = new Checkpoints(local,
        new org.apache.hadoop.fs.Path(dir.toUri()));
    MultiLayerNetwork trained = Recipe.network();
    LearningRates.set(trained, 2e-3); // as the Spark engine trains with two workers
    checkpoints.save(trained, "data", List.of(new EpochRecord(1, 1, 1, 1, 10)));

    TrainingRun.Start fresh = new TrainingRun("t", 1, 0.1, checkpoints, false)
        .start(new Recipe(), "data");
    TrainingRun.Start resumed = new TrainingRun("t", 1, 0.1, checkpoints, true)
        .start(new Recipe(), "data");

    assertThat(fresh.history()).isEmpty();
    assertThat(LearningRates.of(fresh.network())).isEqualTo(1e-3);
    assertThat(resumed.history()).hasSize(1);
    assertThat(resumed.network().params()).isEqualTo(trained.params());
    assertThat(LearningRates.of(resumed.network())).isEqualTo(1e-3);
  }

  /** A recipe whose network is a small autoencoder at step size 1e-3; it makes no examples. */
  private static final class Recipe implements NetworkRecipe {
    static MultiLayerNetwork network() {
      return AutoencoderFactory.build(new AutoencoderSettings(3, 1e-3, 64, 16, 1, 4));
    }

    @Override
    public int statisticsDimensions() {
      return 1;
    }

    @Override
    public void addStatistics(Clip clip, StatsAccumulator statistics) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Examples examples(Clip clip, Standardizer standardizer) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Model newNetwork() {
      return network();
    }
  }
}
