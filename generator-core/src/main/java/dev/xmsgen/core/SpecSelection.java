package dev.xmsgen.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which spec files to generate from: the files named one by one and those found in a spec folder
 * by Ant-style patterns, as Maven users know them. {@code *} matches within one path segment,
 * {@code **} any number of segments (none included), {@code ?} one character; patterns are
 * relative to the folder and use {@code /}. The CLI's {@code --spec}/{@code --spec-dir} and the
 * Maven plugin's {@code specs}/{@code specDirectory} both select through this class.
 */
public final class SpecSelection {

  /** The includes when none are given: every JSON file. */
  public static final List<String> DEFAULT_INCLUDES = List.of("**/*.json");

  /** The excludes when none are given: Azure spec folders keep examples beside the specs. */
  public static final List<String> DEFAULT_EXCLUDES = List.of("**/examples/**");

  /** A selection that cannot be made: the folder is missing, or nothing in it matches. */
  public static final class SelectionException extends Exception {
    private static final long serialVersionUID = 1L;

    SelectionException(String message) {
      super(message);
    }
  }

  private SpecSelection() {}

  /**
   * The files named, then those found in {@code folder}, each once, absolute and normalized. An
   * empty result means neither files nor a folder were given; the caller says what to set.
   *
   * @param files spec files named one by one (not checked here: a missing one is reported with
   *     the request's other problems)
   * @param folder a spec folder, or {@code null}
   * @param includes patterns of the files to take from the folder; empty or {@code null} means
   *     {@link #DEFAULT_INCLUDES}
   * @param excludes patterns of the files to leave out; empty or {@code null} means {@link
   *     #DEFAULT_EXCLUDES}
   * @throws SelectionException when the folder is not a folder, cannot be listed, or has no
   *     matching file
   */
  public static List<Path> select(
      List<Path> files, Path folder, List<String> includes, List<String> excludes)
      throws SelectionException {
    Set<Path> all = new LinkedHashSet<>();
    if (files != null) {
      for (Path file : files) {
        all.add(file.toAbsolutePath().normalize());
      }
    }
    if (folder != null) {
      List<String> in = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes;
      List<String> out = excludes == null || excludes.isEmpty() ? DEFAULT_EXCLUDES : excludes;
      if (!Files.exists(folder)) {
        throw new SelectionException("spec folder not found: " + folder);
      }
      if (!Files.isDirectory(folder)) {
        throw new SelectionException("the spec folder is a file: " + folder);
      }
      List<Path> found;
      try {
        found = find(folder, in, out);
      } catch (IOException e) {
        throw new SelectionException("cannot list " + folder + ": " + e.getMessage());
      }
      if (found.isEmpty()) {
        throw new SelectionException(
            "no spec file in " + folder + " matches includes " + in + " and excludes " + out);
      }
      all.addAll(found);
    }
    return new ArrayList<>(all);
  }

  /** The files below {@code folder} matched by an include and by no exclude, sorted by path. */
  public static List<Path> find(Path folder, List<String> includes, List<String> excludes)
      throws IOException {
    List<Pattern> in = includes.stream().map(SpecSelection::toRegex).toList();
    List<Pattern> out = excludes.stream().map(SpecSelection::toRegex).toList();
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              file -> {
                String rel = folder.relativize(file).toString().replace('\\', '/');
                return in.stream().anyMatch(p -> p.matcher(rel).matches())
                    && out.stream().noneMatch(p -> p.matcher(rel).matches());
              })
          .map(p -> p.toAbsolutePath().normalize())
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** An Ant-style pattern as a regular expression over {@code /}-separated relative paths. */
  public static Pattern toRegex(String pattern) {
    String p = pattern.trim().replace('\\', '/');
    if (p.endsWith("/")) {
      p = p + "**";
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (p.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 2;
      } else if (p.startsWith("**", i)) {
        regex.append(".*");
        i += 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
