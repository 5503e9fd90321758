package org.auscult.training.local;

import java.util.List;
import org.auscult.training.inputs.ClipSplit;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.model.BundleManifest;
import org.auscult.training.model.ModelBundle;
import org.deeplearning4j.nn.api.Model;

/**
 * What {@link LocalTrainer#train} returns.
 *
 * @param recipe how the model was made
 * @param network the trained network
 * @param standardizer the input standardisation fitted on the training split
 * @param dataFingerprint fingerprint of all clips passed in (training and validation)
 * @param split which clips trained and which validated
 * @param history every epoch, including those before a resume
 */
public record TrainedModel(ModelRecipe recipe, Model network, Standardizer standardizer,
    String dataFingerprint, ClipSplit split, List<EpochResult> history) {

  public TrainedModel {
    history = List.copyOf(history);
  }

  /** Epochs the network has been trained for. */
  public int epochs() {
    return history.size();
  }

  /** The last epoch's result. */
  public EpochResult last() {
    return history.get(history.size() - 1);
  }

  /**
   * The model bundle, without threshold or references (add them with
   * {@link BundleManifest#withThreshold} / {@link BundleManifest#withReferences}).
   *
   * @param machineType the machine type trained for, or null for all
   * @param profile the profile name, e.g. {@code quick}
   * @param classes class names by index; empty for the autoencoder
   */
  public ModelBundle bundle(String machineType, String profile, List<String> classes) {
    BundleManifest m = BundleManifest.of(recipe.kind(), machineType, profile, recipe.seed(),
        recipe.features(), standardizer, ModelBundle.settingsObject(recipe.networkSettings()),
        dataFingerprint, epochs(), classes);
    return new ModelBundle(m, network);
  }
}
