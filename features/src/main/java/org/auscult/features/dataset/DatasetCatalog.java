package org.auscult.features.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.features.dataset.CatalogProblem.Kind;

/**
 * Lists the clips under a data-set root on any Hadoop file system ({@code file://},
 * {@code hdfs://}, …).
 *
 * <p>Accepted layouts, which may be mixed under one root:
 * <pre>
 * &lt;root&gt;/&lt;machine&gt;/{train,test}/&lt;clip&gt;.wav           the layout of the task description
 * &lt;root&gt;/&lt;machine&gt;/attributes_SS.csv
 * &lt;root&gt;/dev_&lt;machine&gt;/&lt;machine&gt;/…                 as the development zips unpack
 * &lt;root&gt;/eval_&lt;machine&gt;/&lt;machine&gt;/…                the same naming for evaluation zips, also
 * &lt;root&gt;/eval_data_&lt;machine&gt;_{train,test}/&lt;machine&gt;/…   with _data and a _train/_test suffix
 * &lt;root&gt;/{dev_data,eval_data}/&lt;machine&gt;/…            the baseline system's folders
 * </pre>
 * Machine folders are named exactly as {@link MachineType#dirName()} (case matters). The exact
 * names of the evaluation zips are not verified against the downloads; the wrapper patterns above
 * are what is accepted.
 *
 * <p>Names starting with {@code .} or {@code _} (hidden files, {@code _SUCCESS} markers, checksum
 * files) are skipped silently. Everything else that is not a clip in its place, a machine folder or
 * an attributes file becomes a {@link CatalogProblem} and is left out of the entries: unknown
 * folders, stray files, malformed names, a test clip in {@code train/} or the reverse, and a clip
 * whose machine type and file name were already found elsewhere (the first in path order is kept).
 * The walk has a fixed depth, so links cannot make it loop.
 */
public final class DatasetCatalog {

  private static final Pattern ATTRIBUTES_FILE = Pattern.compile("attributes_(\\d{2})\\.csv");
  private static final Pattern WRAPPER = Pattern.compile("(?:dev|eval)(?:_data)?_("
      + MachineType.allDirNames().stream().map(Pattern::quote).collect(Collectors.joining("|"))
      + ")(?:_(?:train|test))?");
  private static final List<String> GROUPS = List.of("dev_data", "eval_data");

  private DatasetCatalog() {}

  /**
   * Scans {@code root}.
   *
   * @throws java.io.FileNotFoundException if {@code root} does not exist
   * @throws IOException if {@code root} is not a folder, or listing fails
   */
  public static Catalog scan(FileSystem fs, Path root) throws IOException {
    FileStatus status = fs.getFileStatus(fs.makeQualified(root));
    // the status's path is qualified and normalised (no trailing slash, as the children's paths)
    Path qualified = status.getPath();
    if (!status.isDirectory()) {
      throw new IOException("data-set root is not a folder: " + qualified);
    }
    Scan scan = new Scan(fs);
    scan.root(qualified);
    return scan.catalog(qualified.toString());
  }

  /** The state of one scan. */
  private static final class Scan {
    private final FileSystem fs;
    private final List<CatalogEntry> clips = new ArrayList<>();
    private final List<Catalog.AttributesFile> attributes = new ArrayList<>();
    private final List<CatalogProblem> problems = new ArrayList<>();

    Scan(FileSystem fs) {
      this.fs = fs;
    }

    void root(Path root) throws IOException {
      for (FileStatus child : list(root)) {
        String name = child.getPath().getName();
        if (!child.isDirectory()) {
          problem(Kind.UNEXPECTED_FILE, child, "unexpected file at the data-set root, expected "
              + "machine folders");
          continue;
        }
        Optional<MachineType> machine = MachineType.fromDirName(name);
        Matcher wrapper = WRAPPER.matcher(name);
        if (machine.isPresent()) {
          machine(machine.get(), child.getPath());
        } else if (wrapper.matches()) {
          wrapper(MachineType.parse(wrapper.group(1)), child.getPath());
        } else if (GROUPS.contains(name)) {
          group(child.getPath());
        } else {
          problem(Kind.UNKNOWN_MACHINE_FOLDER, child, "unknown machine folder '" + name
              + "', expected one of " + MachineType.allDirNames()
              + ", dev_<machine>, eval_<machine>, dev_data or eval_data" + hint(name));
        }
      }
    }

    /** {@code dev_fan/}: holds the folder {@code fan/} and nothing else. */
    private void wrapper(MachineType machine, Path dir) throws IOException {
      for (FileStatus child : list(dir)) {
        if (child.isDirectory() && child.getPath().getName().equals(machine.dirName())) {
          machine(machine, child.getPath());
        } else {
          problem(child.isDirectory() ? Kind.UNEXPECTED_FOLDER : Kind.UNEXPECTED_FILE, child,
              "expected only the folder '" + machine.dirName() + "' in '" + dir.getName() + "'");
        }
      }
    }

    /** {@code dev_data/}: holds machine folders. */
    private void group(Path dir) throws IOException {
      for (FileStatus child : list(dir)) {
        String name = child.getPath().getName();
        Optional<MachineType> machine = MachineType.fromDirName(name);
        if (child.isDirectory() && machine.isPresent()) {
          machine(machine.get(), child.getPath());
        } else if (child.isDirectory()) {
          problem(Kind.UNKNOWN_MACHINE_FOLDER, child, "unknown machine folder '" + name
              + "', expected one of " + MachineType.allDirNames() + hint(name));
        } else {
          problem(Kind.UNEXPECTED_FILE, child, "unexpected file in '" + dir.getName()
              + "', expected machine folders");
        }
      }
    }

    /** {@code fan/}: holds {@code train/}, {@code test/} and {@code attributes_SS.csv}. */
    private void machine(MachineType machine, Path dir) throws IOException {
      for (FileStatus child : list(dir)) {
        String name = child.getPath().getName();
        Matcher csv = ATTRIBUTES_FILE.matcher(name);
        if (child.isDirectory() && (name.equals("train") || name.equals("test"))) {
          split(machine, Split.fromToken(name), child.getPath());
        } else if (!child.isDirectory() && csv.matches()) {
          attributes.add(new Catalog.AttributesFile(machine, Integer.parseInt(csv.group(1)),
              child.getPath().toString()));
        } else {
          problem(child.isDirectory() ? Kind.UNEXPECTED_FOLDER : Kind.UNEXPECTED_FILE, child,
              "expected train/, test/ or attributes_SS.csv in the '" + machine + "' folder");
        }
      }
    }

    /** {@code fan/train/}: holds clips of that split. */
    private void split(MachineType machine, Split split, Path dir) throws IOException {
      for (FileStatus child : list(dir)) {
        String name = child.getPath().getName();
        if (child.isDirectory()) {
          problem(Kind.UNEXPECTED_FOLDER, child, "unexpected folder in " + split
              + "/, expected only clips");
          continue;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".wav")) {
          problem(Kind.UNEXPECTED_FILE, child, "not a .wav clip, in " + split + "/");
          continue;
        }
        ClipName clip;
        try {
          clip = ClipName.parse(name);
        } catch (MalformedClipNameException e) {
          problem(Kind.MALFORMED_NAME, child, e.getMessage());
          continue;
        }
        if (clip.split() != split) {
          problem(Kind.WRONG_SPLIT_FOLDER, child, "the name says " + clip.split()
              + " but the clip is in the " + split + "/ folder");
          continue;
        }
        clips.add(new CatalogEntry(machine, clip, child.getPath().toString(), child.getLen()));
      }
    }

    Catalog catalog(String root) {
      clips.sort(Comparator.comparing(CatalogEntry::machine)
          .thenComparing(e -> e.clip().fileName())
          .thenComparing(CatalogEntry::path));
      List<CatalogEntry> unique = new ArrayList<>(clips.size());
      Map<String, CatalogEntry> first = new HashMap<>();
      for (CatalogEntry e : clips) {
        CatalogEntry earlier = first.putIfAbsent(e.machine() + "/" + e.clip().fileName(), e);
        if (earlier == null) {
          unique.add(e);
        } else {
          problems.add(new CatalogProblem(Kind.DUPLICATE_CLIP, e.path(),
              "duplicate clip: same machine type and file name as " + earlier.path()));
        }
      }
      attributes.sort(Comparator.comparing(Catalog.AttributesFile::machine)
          .thenComparingInt(Catalog.AttributesFile::section)
          .thenComparing(Catalog.AttributesFile::path));
      problems.sort(Comparator.comparing(CatalogProblem::path)
          .thenComparing(CatalogProblem::kind));
      return new Catalog(root, unique, attributes, problems);
    }

    /** Children in name order, hidden and marker files left out. */
    private List<FileStatus> list(Path dir) throws IOException {
      return Arrays.stream(fs.listStatus(dir))
          .filter(s -> !s.getPath().getName().startsWith(".")
              && !s.getPath().getName().startsWith("_"))
          .sorted(Comparator.comparing(s -> s.getPath().getName()))
          .toList();
    }

    private void problem(Kind kind, FileStatus status, String reason) {
      problems.add(new CatalogProblem(kind, status.getPath().toString(), reason));
    }
  }

  /** A suggestion when a folder differs from a machine type only in case, e.g. {@code Fan}. */
  private static String hint(String name) {
    return MachineType.allDirNames().stream()
        .filter(n -> n.equalsIgnoreCase(name))
        .findFirst()
        .map(n -> " (did you mean '" + n + "'?)")
        .orElse("");
  }
}
