package org.auscult.features.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.features.dataset.CatalogProblem.Kind;

/**
 * Lists the clips of one or more data-set roots on any Hadoop file system ({@code file://},
 * {@code hdfs://}, …): folders, zips as they were downloaded, folders of zips, in any mix. A zip is
 * read in place, as the folder its name without {@code .zip} names.
 *
 * <p>Under a root, folders are walked down to <b>machine folders</b>: any folder holding
 * {@code train/}, {@code test/}, {@code source_test/}, {@code target_test/}, {@code supplemental/}
 * or MIMII's {@code id_NN/} folders is a machine type, named as the folder is (so
 * {@code dev_fan/fan/}, {@code eval_data_fan_train/fan/}, {@code dev_data/fan/} and the zips of
 * every year read alike). Each machine folder is read by the {@link Layout} its tree and names show,
 * or by the one the caller forces; see docs/data.md for the table of editions and sets.
 *
 * <p>Nothing is skipped silently. Names starting with {@code .} or {@code _} (hidden files,
 * {@code _SUCCESS} markers, checksum files, {@code __MACOSX}) are not data, nor are the logs
 * ToyADMOS2's mixer writes beside the machine folders ({@code log.txt}, {@code log-<sheet>.txt}).
 * Everything else that is not a clip in its place becomes a {@link CatalogProblem} naming the file
 * and what was expected, and is left out of the entries: stray files and folders, malformed names, a
 * test clip in {@code train/} or the reverse, a file that does not fit the forced layout, a zip that
 * cannot be read, the ToyADMOS2 release itself (material for sets, not one), and a clip whose
 * machine type, split and file name were already found elsewhere (the first in path order is kept).
 * {@link Catalog#wavFilesFound()} counts every {@code .wav} seen, so the entries and the
 * {@code .wav} problems add up to it. The walk has a fixed depth, so links cannot make it loop.
 */
public final class DatasetCatalog {

  /** Folders walked below a root before machine folders must have been found. */
  static final int MAX_DEPTH = 5;
  private static final Pattern ATTRIBUTES_FILE = Pattern.compile("attributes_(\\d{2})\\.csv");
  private static final Pattern MIMII_ID = Pattern.compile("id_(\\d{2})");
  private static final Pattern MIMII_CLIP = Pattern.compile("(\\d{8})\\.wav");
  private static final Pattern MIMII_WRAPPER = Pattern.compile("(-?\\d+)_dB_(.+)");
  private static final Pattern MIXER_LOG = Pattern.compile("log(-[^/]+)?\\.txt");
  private static final Set<String> SPLIT_FOLDERS =
      Set.of("train", "test", "source_test", "target_test", "supplemental");

  private DatasetCatalog() {}

  /**
   * Scans one folder, recognising each machine folder's layout.
   *
   * @throws java.io.FileNotFoundException if {@code root} does not exist
   * @throws IOException if {@code root} is neither a folder nor a zip, or listing fails
   */
  public static Catalog scan(FileSystem fs, Path root) throws IOException {
    Scan scan = new Scan(Optional.empty());
    String qualified = scan.input(fs, root);
    return scan.catalog(qualified);
  }

  /**
   * Scans every input (folders, zips, folders of zips; local paths or any Hadoop URI).
   *
   * @param forced the layout to read every machine folder by; empty to recognise each
   * @throws java.io.FileNotFoundException if an input does not exist
   * @throws IOException if an input is neither a folder nor a zip, or listing fails
   */
  public static Catalog scan(Configuration conf, List<String> inputs, Optional<Layout> forced)
      throws IOException {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no data-set roots given");
    }
    Scan scan = new Scan(forced);
    List<String> roots = new ArrayList<>();
    for (String input : inputs) {
      Path p = new Path(input);
      roots.add(scan.input(p.getFileSystem(conf), p));
    }
    return scan.catalog(String.join(",", roots));
  }

  /** The state of one scan. */
  private static final class Scan {
    private final Optional<Layout> forced;
    private final List<CatalogEntry> clips = new ArrayList<>();
    private final List<Catalog.AttributesFile> attributes = new ArrayList<>();
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final Map<String, Set<Layout>> layouts = new TreeMap<>();
    private final Map<String, String> notes = new TreeMap<>();
    private long wavs;

    Scan(Optional<Layout> forced) {
      this.forced = forced;
    }

    /** Walks one input; returns it qualified. */
    String input(FileSystem fs, Path input) throws IOException {
      FileStatus status = fs.getFileStatus(fs.makeQualified(input));
      TreeNode node = TreeNode.of(ClipBytes.rawIfLocal(fs), status);
      if (status.isDirectory()) {
        walk(node, 0, "");
      } else if (node.isZipFile()) {
        zip(node, 0, "");
      } else {
        throw new IOException("data-set root is not a folder or a zip: " + status.getPath());
      }
      return status.getPath().toString();
    }

    private void zip(TreeNode file, int depth, String parentName) throws IOException {
      List<ZipArchive.Entry> entries;
      try (ZipArchive z = ZipArchive.open(file.fileSystem(), new Path(file.path))) {
        entries = z.entries();
      } catch (IOException e) {
        problems.add(new CatalogProblem(Kind.DAMAGED_ZIP, file.path, e.getMessage()));
        return;
      }
      walk(TreeNode.ofZip(file.path, file.name, entries), depth, parentName);
    }

    private void walk(TreeNode folder, int depth, String parentName) throws IOException {
      if (isToyAdmos2Release(folder)) {
        problem(Kind.SOURCE_MATERIAL, folder, "the ToyADMOS2 release itself (stat.csv,"
            + " <machine>/env_noise/): its recordings are material for its mixer, with no"
            + " train/test split, sections or domains; make a data set with it (python mixer.py "
            + folder.name + " <out> recipe_benchmark.xlsx <SNR dB or clean>) and read <out>, laid"
            + " out as DCASE 2021");
        return;
      }
      if (isMachineFolder(folder)) {
        machine(folder, parentName);
        return;
      }
      if (depth >= MAX_DEPTH) {
        problem(Kind.UNEXPECTED_FOLDER, folder, "no machine folder within " + MAX_DEPTH
            + " levels: expected <machine>/train/, <machine>/test/ (source_test/, target_test/"
            + " in 2021) or MIMII's <machine>/id_NN/");
        return;
      }
      for (TreeNode child : folder.children()) {
        if (child.folder) {
          walk(child, depth + 1, folder.name);
        } else if (child.isZipFile()) {
          zip(child, depth + 1, folder.name);
        } else if (MIXER_LOG.matcher(child.name).matches()) {
          // ToyADMOS2's mixer writes its log beside the machine folders of every set it makes
          continue;
        } else {
          problem(Kind.UNEXPECTED_FILE, child, "unexpected file in '" + folder.name
              + "': expected machine folders (<machine>/train/, <machine>/test/, …), folders or"
              + " zips holding them");
        }
      }
    }

    /**
     * The folder ToyADMOS2's mixer reads: its {@code stat.csv} (per-file RMS levels) beside machine
     * folders holding {@code env_noise/}.
     */
    private static boolean isToyAdmos2Release(TreeNode folder) throws IOException {
      if (folder.children().stream().noneMatch(c -> !c.folder && c.name.equals("stat.csv"))) {
        return false;
      }
      for (TreeNode c : folder.children()) {
        if (c.folder && c.folder("env_noise") != null) {
          return true;
        }
      }
      return false;
    }

    private boolean isMachineFolder(TreeNode folder) throws IOException {
      for (TreeNode c : folder.children()) {
        if (c.folder && (SPLIT_FOLDERS.contains(c.name) || MIMII_ID.matcher(c.name).matches())) {
          return true;
        }
      }
      return false;
    }

    private void machine(TreeNode folder, String parentName) throws IOException {
      boolean mimii = false;
      for (TreeNode c : folder.children()) {
        mimii |= c.folder && MIMII_ID.matcher(c.name).matches();
      }
      String name = folder.name;
      Matcher wrapper = MIMII_WRAPPER.matcher(parentName);
      if (mimii && wrapper.matches() && wrapper.group(2).equals(folder.name)) {
        name = folder.name + "_" + wrapper.group(1) + "dB";
      }
      if (!MachineType.isValidName(name)) {
        problem(Kind.UNKNOWN_MACHINE_FOLDER, folder, "'" + name + "' cannot name a machine type:"
            + " expected letters, digits, '.', '_', '+' or '-', starting with a letter or digit");
        return;
      }
      MachineType machine = MachineType.of(name);
      if (mimii) {
        mimii(machine, folder);
      } else {
        dcase(machine, folder);
      }
    }

    /** A clip found in a machine folder, before the folder's layout is settled. */
    private record Found(TreeNode node, ClipName clip, Layout kind) {
    }

    private void dcase(MachineType machine, TreeNode folder) throws IOException {
      boolean split2021 = folder.folder("source_test") != null
          || folder.folder("target_test") != null;
      List<Found> found = new ArrayList<>();
      for (TreeNode child : folder.children()) {
        Matcher csv = ATTRIBUTES_FILE.matcher(child.name);
        if (child.folder && SPLIT_FOLDERS.contains(child.name)) {
          splitFolder(child, split2021, found);
        } else if (!child.folder && csv.matches()) {
          attributes.add(new Catalog.AttributesFile(machine, Integer.parseInt(csv.group(1)),
              child.path));
        } else {
          problem(child.folder ? Kind.UNEXPECTED_FOLDER : Kind.UNEXPECTED_FILE, child,
              "expected train/, test/ (source_test/ and target_test/ in 2021), supplemental/ or"
              + " attributes_SS.csv in the '" + folder.name + "' folder");
        }
      }
      long ids = found.stream().filter(f -> f.kind == Layout.DCASE2020).count();
      Layout naming = ids * 2 > found.size() ? Layout.DCASE2020 : Layout.DCASE2022;
      Set<Integer> sections = new TreeSet<>();
      List<Found> kept = new ArrayList<>();
      for (Found f : found) {
        if (f.kind != null && f.kind != naming) {
          problem(Kind.MALFORMED_NAME, f.node, "a " + describe(f.kind) + " name among "
              + describe(naming) + " names in '" + folder.name + "': expected " + naming.description());
        } else {
          kept.add(f);
          if (f.clip.split() != Split.SUPPLEMENTAL) {
            sections.add(f.clip.section());
          }
        }
      }
      Layout layout = naming == Layout.DCASE2020 ? Layout.DCASE2020
          : split2021 ? Layout.DCASE2021
          : forced.filter(l -> l == Layout.DCASE2022 || l == Layout.DCASE2023)
              .orElse(sections.size() <= 1 ? Layout.DCASE2023 : Layout.DCASE2022);
      keep(machine, kept, layout);
    }

    private void splitFolder(TreeNode dir, boolean split2021, List<Found> found)
        throws IOException {
      Split folderSplit = switch (dir.name) {
        case "train" -> Split.TRAIN;
        case "supplemental" -> Split.SUPPLEMENTAL;
        default -> Split.TEST;
      };
      Domain folderDomain = switch (dir.name) {
        case "source_test" -> Domain.SOURCE;
        case "target_test" -> Domain.TARGET;
        default -> null;
      };
      for (TreeNode child : dir.children()) {
        if (child.folder) {
          problem(Kind.UNEXPECTED_FOLDER, child, "unexpected folder in " + dir.name
              + "/, expected only clips");
          continue;
        }
        if (!child.isWav()) {
          problem(Kind.UNEXPECTED_FILE, child, "not a .wav clip, in " + dir.name + "/");
          continue;
        }
        wavs++;
        if (folderSplit == Split.SUPPLEMENTAL) {
          found.add(new Found(child, ClipName.supplemental(child.name), null));
          continue;
        }
        ClipName clip;
        try {
          clip = ClipName.parse(child.name, folderSplit);
        } catch (MalformedClipNameException e) {
          problem(Kind.MALFORMED_NAME, child, e.getMessage());
          continue;
        }
        if (clip.split() != folderSplit) {
          problem(Kind.WRONG_SPLIT_FOLDER, child, "the name says " + clip.split()
              + " but the clip is in the " + dir.name + "/ folder");
          continue;
        }
        if (split2021 && dir.name.equals("test")) {
          problem(Kind.UNEXPECTED_FOLDER, child, "a test/ folder beside source_test/ and"
              + " target_test/: expected each test clip in the folder of its domain");
          continue;
        }
        if (folderDomain != null && clip.domain() != null && clip.domain() != folderDomain) {
          problem(Kind.WRONG_SPLIT_FOLDER, child, "the name says " + clip.domain()
              + " but the clip is in the " + dir.name + "/ folder");
          continue;
        }
        found.add(new Found(child, clip, clip.isIdName() ? Layout.DCASE2020 : Layout.DCASE2022));
      }
    }

    private void mimii(MachineType machine, TreeNode folder) throws IOException {
      Map<Integer, List<TreeNode>> normals = new TreeMap<>();
      Map<Integer, List<TreeNode>> abnormals = new TreeMap<>();
      for (TreeNode idDir : folder.children()) {
        Matcher id = MIMII_ID.matcher(idDir.name);
        if (!idDir.folder || !id.matches()) {
          problem(idDir.folder ? Kind.UNEXPECTED_FOLDER : Kind.UNEXPECTED_FILE, idDir,
              "expected only id_NN/ folders in the MIMII machine folder '" + folder.name + "'");
          continue;
        }
        int n = Integer.parseInt(id.group(1));
        for (TreeNode cond : idDir.children()) {
          boolean normal = cond.name.equals("normal");
          if (!cond.folder || !(normal || cond.name.equals("abnormal"))) {
            problem(cond.folder ? Kind.UNEXPECTED_FOLDER : Kind.UNEXPECTED_FILE, cond,
                "expected normal/ and abnormal/ in " + idDir.name + "/");
            continue;
          }
          for (TreeNode clip : cond.children()) {
            if (clip.isWav()) {
              wavs++;
            }
            if (clip.folder || !MIMII_CLIP.matcher(clip.name).matches()) {
              problem(clip.folder ? Kind.UNEXPECTED_FOLDER : clip.isWav() ? Kind.MALFORMED_NAME
                  : Kind.UNEXPECTED_FILE, clip, "expected MIMII clips NNNNNNNN.wav (eight digits)"
                  + " in " + idDir.name + "/" + cond.name + "/");
              continue;
            }
            (normal ? normals : abnormals).computeIfAbsent(n, k -> new ArrayList<>()).add(clip);
          }
        }
      }
      // MIMII has no split; its baseline and DCASE 2020 tested on every anomalous clip and as many
      // normal ones, trained on the other normal clips. Which normals: by a hash of their path in
      // the set, so the choice is the same on every machine and does not follow recording order.
      List<Found> found = new ArrayList<>();
      Set<Integer> allIds = new TreeSet<>(normals.keySet());
      allIds.addAll(abnormals.keySet());
      for (int id : allIds) {
        List<TreeNode> bad = abnormals.getOrDefault(id, List.of());
        List<TreeNode> good = new ArrayList<>(normals.getOrDefault(id, List.of()));
        String idDir = String.format(Locale.ROOT, "id_%02d/normal/", id);
        good.sort(Comparator.comparing((TreeNode t) -> sha256(idDir + t.name))
            .thenComparing(t -> t.name));
        for (int i = 0; i < good.size(); i++) {
          found.add(new Found(good.get(i), ClipName.id(Label.NORMAL, id, index(good.get(i)),
              i < bad.size() ? Split.TEST : Split.TRAIN), Layout.MIMII));
        }
        for (TreeNode t : bad) {
          found.add(new Found(t, ClipName.id(Label.ANOMALY, id, index(t), Split.TEST),
              Layout.MIMII));
        }
      }
      notes.put(machine.dirName(), "MIMII has no train/test split: made as its baseline and DCASE"
          + " 2020 made it, per machine id every abnormal clip and as many normal clips (the ones"
          + " first in SHA-256 order of 'id_NN/normal/<file>') are test clips, the other normal"
          + " clips train; clips renamed <normal|anomaly>_id_NN_<file> as DCASE 2020 named them");
      keep(machine, found, Layout.MIMII);
    }

    /** Adds a machine folder's clips read by {@code layout}, or reports them all if forced otherwise. */
    private void keep(MachineType machine, List<Found> found, Layout layout) {
      if (forced.isPresent() && family(forced.get()) != family(layout)) {
        Layout f = forced.get();
        for (Found c : found) {
          problem(Kind.MALFORMED_NAME, c.node, "read as --layout " + f.token() + ": expected "
              + f.description() + ", but this machine folder is laid out as " + layout.token());
        }
        return;
      }
      if (!found.isEmpty()) {
        layouts.computeIfAbsent(machine.dirName(), k -> new TreeSet<>()).add(layout);
      }
      for (Found c : found) {
        clips.add(new CatalogEntry(machine, c.clip, c.node.path, c.node.size, layout,
            c.node.zip, c.node.entry));
      }
    }

    Catalog catalog(String root) {
      settleSectionLayouts();
      clips.sort(Comparator.comparing(CatalogEntry::machine)
          .thenComparing(e -> e.clip().split())
          .thenComparing(e -> e.clip().fileName())
          .thenComparing(CatalogEntry::path));
      List<CatalogEntry> unique = new ArrayList<>(clips.size());
      Map<String, CatalogEntry> first = new HashMap<>();
      for (CatalogEntry e : clips) {
        CatalogEntry earlier = first.putIfAbsent(e.machine() + "/" + e.clip().split() + "/"
            + e.clip().fileName(), e);
        if (earlier == null) {
          unique.add(e);
        } else {
          problems.add(new CatalogProblem(Kind.DUPLICATE_CLIP, e.path(),
              "duplicate clip: same machine type, split and file name as " + earlier.path()));
        }
      }
      attributes.sort(Comparator.comparing(Catalog.AttributesFile::machine)
          .thenComparingInt(Catalog.AttributesFile::section)
          .thenComparing(Catalog.AttributesFile::path));
      problems.sort(Comparator.comparing(CatalogProblem::path)
          .thenComparing(CatalogProblem::kind));
      Map<String, String> layoutNames = new TreeMap<>();
      layouts.forEach((m, set) -> layoutNames.put(m, String.join("+",
          set.stream().map(Layout::token).toList())));
      return new Catalog(root, unique, attributes, problems, wavs, layoutNames, notes);
    }

    /**
     * 2022 or 2023–2026 is a property of a machine type, not of one of its folders (the 2022
     * additional training zip holds sections 03–05 of a type whose development zip holds 00–02):
     * several sections over all its folders make it 2022, one makes it 2023–2026.
     */
    private void settleSectionLayouts() {
      if (forced.isPresent()) {
        return;
      }
      Map<MachineType, Set<Integer>> sections = new HashMap<>();
      for (CatalogEntry e : clips) {
        if (family(e.layout()) == Layout.DCASE2022 && e.clip().split() != Split.SUPPLEMENTAL) {
          sections.computeIfAbsent(e.machine(), k -> new TreeSet<>()).add(e.clip().section());
        }
      }
      for (int i = 0; i < clips.size(); i++) {
        CatalogEntry e = clips.get(i);
        if (family(e.layout()) == Layout.DCASE2022) {
          Layout l = sections.getOrDefault(e.machine(), Set.of()).size() > 1 ? Layout.DCASE2022
              : Layout.DCASE2023;
          clips.set(i, new CatalogEntry(e.machine(), e.clip(), e.path(), e.sizeBytes(), l,
              e.zip(), e.entry()));
        }
      }
      layouts.clear();
      for (CatalogEntry e : clips) {
        layouts.computeIfAbsent(e.machine().dirName(), k -> new TreeSet<>()).add(e.layout());
      }
    }

    private void problem(Kind kind, TreeNode node, String reason) {
      problems.add(new CatalogProblem(kind, node.path, reason));
    }
  }

  /** Layouts one machine folder can be read by alike: 2022 and 2023–2026 differ only in sections. */
  private static Layout family(Layout l) {
    return l == Layout.DCASE2023 ? Layout.DCASE2022 : l;
  }

  private static String describe(Layout kind) {
    return kind == Layout.DCASE2020 ? "DCASE 2020 (…_id_NN_…)" : "section_SS_…";
  }

  private static int index(TreeNode clip) {
    return Integer.parseInt(clip.name.substring(0, 8));
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
