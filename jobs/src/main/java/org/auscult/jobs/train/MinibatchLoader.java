package org.auscult.jobs.train;

import java.io.IOException;
import java.io.InputStream;
import org.deeplearning4j.core.loader.DataSetLoader;
import org.nd4j.common.loader.Source;
import org.nd4j.linalg.dataset.DataSet;

/** Loads {@link MinibatchFile}s for dl4j-spark's workers (its default expects DataSet.save). */
final class MinibatchLoader implements DataSetLoader {
  private static final long serialVersionUID = 1L;

  @Override
  public DataSet load(Source source) throws IOException {
    try (InputStream in = source.getInputStream()) {
      return MinibatchFile.read(in, source.getPath());
    }
  }
}
