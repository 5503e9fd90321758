package org.auscult.training.kind;

import java.util.List;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.training.engine.NetworkEngine;
import org.auscult.training.fit.BoostedTrees;
import org.auscult.training.fit.MixtureEstimator;

/**
 * What a trainer's fit may use: its clips, the common settings, and the engines that do the heavy
 * work where the clips are. The jobs module implements it over a Spark session; nothing in a
 * trainer depends on how.
 */
public interface FitContext {

  /** What is being fitted, for log lines ({@code "ae fan"}). */
  String name();

  /** The machine types the model is for (one, or all for an all-machines trainer). */
  List<String> machines();

  /** The settings every kind shares. */
  CommonSettings common();

  /** The log-mel front end the features were made with. */
  LogMelParameters logMel();

  /** The clips of the trainer's query. */
  ClipSet clips();

  /** Trains DL4J networks (on Spark, or in this JVM, as configured). */
  NetworkEngine networks();

  /** Fits Gaussian mixtures. */
  MixtureEstimator mixtures();

  /** Fits gradient-boosted trees. */
  BoostedTrees boostedTrees();
}
