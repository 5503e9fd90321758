package org.auscult.jobs.features;

import java.io.Serializable;
import org.auscult.training.kind.Clip;

/**
 * One clip's row of the features table, as a bean so Spark's encoder copies the float arrays
 * straight into Parquet without boxing 40,064 values per clip. Column meanings are in
 * docs/stages.md ("Features Parquet schema").
 */
public final class FeatureRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String machine;
  private String section;
  private String domain;
  private String split;
  private String label;
  private int index;
  private String attributes;
  private String fileName;
  private String path;
  private int nFrames;
  private int nMels;
  private float[] logmel;
  private float[] gwrp;
  private String layout;
  private int channel;
  private int sampleRate;

  public String getMachine() {
    return machine;
  }

  public void setMachine(String machine) {
    this.machine = machine;
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public String getSplit() {
    return split;
  }

  public void setSplit(String split) {
    this.split = split;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public int getIndex() {
    return index;
  }

  public void setIndex(int index) {
    this.index = index;
  }

  public String getAttributes() {
    return attributes;
  }

  public void setAttributes(String attributes) {
    this.attributes = attributes;
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String fileName) {
    this.fileName = fileName;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public int getNFrames() {
    return nFrames;
  }

  public void setNFrames(int nFrames) {
    this.nFrames = nFrames;
  }

  public int getNMels() {
    return nMels;
  }

  public void setNMels(int nMels) {
    this.nMels = nMels;
  }

  public float[] getLogmel() {
    return logmel;
  }

  public void setLogmel(float[] logmel) {
    this.logmel = logmel;
  }

  public float[] getGwrp() {
    return gwrp;
  }

  public void setGwrp(float[] gwrp) {
    this.gwrp = gwrp;
  }

  public String getLayout() {
    return layout;
  }

  public void setLayout(String layout) {
    this.layout = layout;
  }

  public int getChannel() {
    return channel;
  }

  public void setChannel(int channel) {
    this.channel = channel;
  }

  public int getSampleRate() {
    return sampleRate;
  }

  public void setSampleRate(int sampleRate) {
    this.sampleRate = sampleRate;
  }

  /** The row as models see it. */
  public Clip toClip() {
    return new Clip(machine, section, domain, split, label, attributes, fileName, nMels, logmel,
        gwrp);
  }
}
