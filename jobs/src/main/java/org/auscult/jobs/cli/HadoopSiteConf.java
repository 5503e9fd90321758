package org.auscult.jobs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The few Hadoop client settings the cluster check needs (ResourceManager and namenode addresses,
 * the default file system), read from {@code core-site.xml}, {@code hdfs-site.xml} and
 * {@code yarn-site.xml} in {@code HADOOP_CONF_DIR} and {@code YARN_CONF_DIR} as spark-submit finds
 * them. Plain JDK XML: the check runs without Hadoop on the class path. {@code ${key}} references
 * to other keys of these files are expanded; Hadoop's defaults are the caller's business.
 */
public final class HadoopSiteConf {
  private static final List<String> FILES = List.of("core-site.xml", "hdfs-site.xml",
      "yarn-site.xml");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}$]+)}");
  private static final int MAX_EXPANSIONS = 10;

  private final Map<String, String> properties;
  private final boolean found;

  private HadoopSiteConf(Map<String, String> properties, boolean found) {
    this.properties = Map.copyOf(properties);
    this.found = found;
  }

  /** No Hadoop configuration at all. */
  public static HadoopSiteConf none() {
    return new HadoopSiteConf(Map.of(), false);
  }

  /** The given properties, as if read from site files (for tests). */
  public static HadoopSiteConf of(Map<String, String> properties) {
    return new HadoopSiteConf(properties, true);
  }

  /** The site files in {@code HADOOP_CONF_DIR} and then {@code YARN_CONF_DIR} (later wins). */
  public static HadoopSiteConf fromEnvironment(Map<String, String> env) {
    Map<String, String> props = new HashMap<>();
    boolean found = false;
    for (String var : List.of("HADOOP_CONF_DIR", "YARN_CONF_DIR")) {
      String dir = env.get(var);
      if (dir == null || dir.isBlank()) {
        continue;
      }
      for (String file : FILES) {
        Path p = Path.of(dir, file);
        if (Files.isRegularFile(p)) {
          props.putAll(read(p));
          found = true;
        }
      }
    }
    return new HadoopSiteConf(props, found);
  }

  /** Whether any site file was found. */
  public boolean found() {
    return found;
  }

  /** The value of {@code key}, trimmed, with {@code ${other}} references expanded. */
  public Optional<String> get(String key) {
    String value = properties.get(key);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    for (int i = 0; i < MAX_EXPANSIONS && v.contains("${"); i++) {
      Matcher m = REFERENCE.matcher(v);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String sub = properties.getOrDefault(m.group(1), m.group());
        m.appendReplacement(sb, Matcher.quoteReplacement(sub.strip()));
      }
      m.appendTail(sb);
      v = sb.toString();
    }
    return Optional.of(v);
  }

  /** The comma-separated values of {@code key}, or none. */
  public List<String> list(String key) {
    return get(key).map(v -> Arrays.stream(v.split(",")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
  }

  private static Map<String, String> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList props = f.newDocumentBuilder().parse(in).getElementsByTagName("property");
      Map<String, String> out = new HashMap<>();
      for (int i = 0; i < props.getLength(); i++) {
        Element p = (Element) props.item(i);
        String name = text(p, "name");
        String value = text(p, "value");
        if (name != null && value != null) {
          out.put(name.strip(), value);
        }
      }
      return out;
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read Hadoop configuration " + file + ": "
          + e.getMessage(), e);
    }
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }
}
