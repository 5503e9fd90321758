package org.auscult.jobs.train;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.jobs.spark.HadoopConf;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The minibatch files one task writes for {@link MinibatchExport}: the numbered part files of its
 * partition, each written once (never overwritten), and the path and example count of each.
 */
final class PartitionBatchFiles {
  private final HadoopConf conf;
  private final String dir;
  private final int partition;
  private final List<String[]> written = new ArrayList<>();
  private int sequence;

  PartitionBatchFiles(HadoopConf conf, String dir, int partition) {
    this.conf = conf;
    this.dir = dir;
    this.partition = partition;
  }

  /** Writes {@code batch}, of {@code n} examples, as the partition's next file. */
  void write(DataSet batch, int n) throws IOException {
    Path path = new Path(dir, String.format("part-%05d-%06d.bin", partition, sequence++));
    FileSystem fs = path.getFileSystem(conf.get());
    try (OutputStream os = fs.create(path, false)) {
      MinibatchFile.write(batch, os);
    }
    written.add(new String[] {path.toString(), Integer.toString(n)});
  }

  /** The files written so far: each its path and example count. */
  List<String[]> written() {
    return written;
  }
}
