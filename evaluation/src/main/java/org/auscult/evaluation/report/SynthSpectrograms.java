package org.auscult.evaluation.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.synth.SynthMachine;
import org.auscult.features.dataset.Split;
import org.auscult.features.dsp.LogMelSpectrogram;
import org.auscult.features.synth.ClipSynthesizer;
import org.auscult.features.synth.SynthPlan;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * Renders one picture per machine type of what the synthetic machines sound like: the log-mel
 * spectrograms of section 00's first clip of each cell (source/target × normal/anomaly), on one
 * colour scale per machine.
 *
 * <p>Run: {@code java -cp <evaluation classpath> org.auscult.evaluation.report.SynthSpectrograms
 * OUT_DIR [SEED]}; {@code submit/tools/spectrograms.sh} builds that classpath with Maven and writes
 * the pictures shown in {@code docs/data.md} to {@code docs/images/spectrograms/}.
 */
public final class SynthSpectrograms {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** Frames averaged into one column, to keep the heat map small. */
  private static final int FRAME_STEP = 2;
  /** Mel bands averaged into one row. */
  private static final int MEL_STEP = 2;
  /** Below the loudest cell, how many dB the colour scale spans. */
  private static final double RANGE_DB = 60;
  private static final Color[] VIRIDIS = {new Color(68, 1, 84), new Color(59, 82, 139),
      new Color(33, 145, 140), new Color(94, 201, 98), new Color(253, 231, 37)};

  private SynthSpectrograms() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: SynthSpectrograms OUT_DIR [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long seed = args.length == 2 ? Long.parseLong(args[1]) : ClipSynthesizer.DEFAULT_SEED;
    Files.createDirectories(out);
    for (MachineType m : SynthMachine.types()) {
      Path png = out.resolve(m.dirName() + ".jpg");
      write(m, seed, png);
      System.out.println(png);
    }
  }

  /** Writes {@code machine}'s 2 × 2 picture to {@code png} (JPEG keeps the noise small). */
  public static void write(MachineType machine, long seed, Path png) throws IOException {
    ClipSynthesizer synth = new ClipSynthesizer();
    LogMelSpectrogram spectrogram = LogMelSpectrogram.baseline();
    int nMels = spectrogram.parameters().nMels();
    List<float[]> logmels = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Domain d : Domain.values()) {
      for (Label l : Label.values()) {
        var name = SynthPlan.name(machine, 0, d, Split.TEST, l, 0);
        logmels.add(spectrogram.newExtractor().compute(synth.render(seed, machine, name)));
        titles.add(machine.dirName() + " " + d.token() + " " + l.token() + ": "
            + name.attributes());
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (float[] lm : logmels) {
      for (float v : lm) {
        max = Math.max(max, v);
      }
    }
    List<HeatMapChart> charts = new ArrayList<>();
    for (int i = 0; i < logmels.size(); i++) {
      charts.add(chart(titles.get(i), logmels.get(i), nMels, max - RANGE_DB, max));
    }
    // JPEG has no alpha channel: draw the four charts onto one RGB canvas, then encode it
    int w = charts.get(0).getWidth();
    int h = charts.get(0).getHeight();
    java.awt.image.BufferedImage canvas = new java.awt.image.BufferedImage(2 * w, 2 * h,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = canvas.createGraphics();
    for (int i = 0; i < charts.size(); i++) {
      g.drawImage(BitmapEncoder.getBufferedImage(charts.get(i)), (i % 2) * w, (i / 2) * h, null);
    }
    g.dispose();
    if (!javax.imageio.ImageIO.write(canvas, "jpg", png.toFile())) {
      throw new IOException("no JPEG writer in this Java runtime");
    }
  }

  private static HeatMapChart chart(String title, float[] logmel, int nMels, double lo,
      double hi) {
    int frames = logmel.length / nMels;
    int cols = frames / FRAME_STEP;
    int rows = nMels / MEL_STEP;
    int[] x = new int[cols];
    int[] y = new int[rows];
    for (int c = 0; c < cols; c++) {
      x[c] = c * FRAME_STEP;
    }
    for (int r = 0; r < rows; r++) {
      y[r] = r * MEL_STEP;
    }
    int[][] heat = new int[cols * rows][];
    int k = 0;
    for (int c = 0; c < cols; c++) {
      for (int r = 0; r < rows; r++) {
        double sum = 0;
        for (int dt = 0; dt < FRAME_STEP; dt++) {
          for (int dm = 0; dm < MEL_STEP; dm++) {
            sum += logmel[(c * FRAME_STEP + dt) * nMels + r * MEL_STEP + dm];
          }
        }
        double v = Math.max(lo, sum / (FRAME_STEP * MEL_STEP));
        heat[k++] = new int[] {c, r, (int) Math.round(v)};
      }
    }
    HeatMapChart chart = new HeatMapChartBuilder().width(560).height(300).title(title)
        .xAxisTitle("frame (32 ms)").yAxisTitle("mel band").build();
    chart.getStyler().setRangeColors(VIRIDIS).setMin(lo).setMax(hi).setShowValue(false)
        .setDrawBorder(false);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setXAxisLabelRotation(0);
    chart.getStyler().setAxisTicksVisible(false);
    chart.getStyler().setPlotGridLinesVisible(false);
    chart.getStyler().setPlotBorderVisible(false);
    List<Number[]> data = new ArrayList<>(heat.length);
    for (int[] h : heat) {
      data.add(new Number[] {h[0], h[1], h[2]});
    }
    List<Integer> xs = new ArrayList<>();
    for (int v : x) {
      xs.add(v);
    }
    List<Integer> ys = new ArrayList<>();
    for (int v : y) {
      ys.add(v);
    }
    chart.addSeries("log-mel (dB)", xs, ys, data);
    return chart;
  }
}
