package org.auscult.features.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * A file or folder of a data-set tree: on a Hadoop file system, or inside a zip (whose folders come
 * from its entries' names, listed or not). A zip file in a folder is itself a folder named as the
 * zip without {@code .zip} ({@code dev_fan.zip} reads as the folder {@code dev_fan}, which is what
 * unpacking it beside itself makes).
 *
 * <p>Names starting with {@code .} or {@code _} (hidden files, {@code _SUCCESS} markers, checksum
 * files, {@code __MACOSX}) are not listed.
 */
final class TreeNode {
  final String name;
  final String path;
  final boolean folder;
  final long size;
  /** The zip holding this node, {@code null} on a file system. */
  final String zip;
  /** The entry name inside {@link #zip}, {@code null} on a file system. */
  final String entry;
  private final FileSystem fs;
  private List<TreeNode> children;

  private TreeNode(String name, String path, boolean folder, long size, String zip, String entry,
      FileSystem fs) {
    this.name = name;
    this.path = path;
    this.folder = folder;
    this.size = size;
    this.zip = zip;
    this.entry = entry;
    this.fs = fs;
  }

  /** A file or folder of {@code fs}. */
  static TreeNode of(FileSystem fs, FileStatus status) {
    return new TreeNode(status.getPath().getName(), status.getPath().toString(),
        status.isDirectory(), status.getLen(), null, null, fs);
  }

  /** True for a {@code .zip} file on a file system (not an entry of a zip). */
  boolean isZipFile() {
    return !folder && zip == null && name.toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  /** True for a {@code .wav} file or entry. */
  boolean isWav() {
    return !folder && name.toLowerCase(Locale.ROOT).endsWith(".wav");
  }

  /** The folder a zip reads as: named as the zip without its extension, holding its entries. */
  static TreeNode ofZip(String zipPath, String zipName, List<ZipArchive.Entry> entries) {
    TreeNode root = new TreeNode(zipName.substring(0, zipName.length() - ".zip".length()),
        zipPath + "!", true, 0, zipPath, "", null);
    Map<String, TreeNode> folders = new TreeMap<>();
    folders.put("", root);
    root.children = new ArrayList<>();
    for (ZipArchive.Entry e : entries) {
      String[] parts = e.name().split("/");
      if (Arrays.stream(parts).anyMatch(TreeNode::hidden)) {
        continue;
      }
      String prefix = "";
      TreeNode parent = root;
      int last = e.folder() ? parts.length : parts.length - 1;
      for (int i = 0; i < last; i++) {
        String folderPath = prefix + parts[i] + "/";
        TreeNode f = folders.get(folderPath);
        if (f == null) {
          f = new TreeNode(parts[i], zipPath + "!/" + folderPath.substring(0,
              folderPath.length() - 1), true, 0, zipPath, folderPath, null);
          f.children = new ArrayList<>();
          folders.put(folderPath, f);
          parent.children.add(f);
        }
        parent = f;
        prefix = folderPath;
      }
      if (!e.folder()) {
        parent.children.add(new TreeNode(parts[parts.length - 1], zipPath + "!/" + e.name(), false,
            e.size(), zipPath, e.name(), null));
      }
    }
    for (TreeNode f : folders.values()) {
      f.children.sort(Comparator.comparing(n -> n.name));
    }
    return root;
  }

  /** Children in name order, hidden and marker files left out. */
  List<TreeNode> children() throws IOException {
    if (children == null) {
      List<TreeNode> list = new ArrayList<>();
      for (FileStatus s : fs.listStatus(new org.apache.hadoop.fs.Path(path))) {
        if (!hidden(s.getPath().getName())) {
          list.add(of(fs, s));
        }
      }
      list.sort(Comparator.comparing(n -> n.name));
      children = list;
    }
    return children;
  }

  /** The child folder {@code name}, or {@code null}. */
  TreeNode folder(String childName) throws IOException {
    for (TreeNode c : children()) {
      if (c.folder && c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  FileSystem fileSystem() {
    return fs;
  }

  private static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }
}
