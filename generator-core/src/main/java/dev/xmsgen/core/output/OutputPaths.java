package dev.xmsgen.core.output;

import dev.xmsgen.core.generated.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks that generated files stay inside the output folder: each path must be relative, use
 * {@code /} separators, have no empty, {@code .} or {@code ..} segment, not point into the
 * generator's own {@code .xmsgen} folder, and be unique even on a file system that ignores case.
 */
final class OutputPaths {

  /** The longest file or folder name most file systems take, in bytes. */
  static final int MAX_NAME_BYTES = 255;

  private OutputPaths() {}

  /**
   * The target of each file, in the given order.
   *
   * @param root the output folder, absolute and normalized
   * @throws OutputException listing every offending path
   */
  static Map<String, Path> resolve(Path root, List<GeneratedFile> files) throws OutputException {
    return resolve(root, files, rel -> null);
  }

  /**
   * The target of each file, in the given order.
   *
   * @param root the output folder, absolute and normalized
   * @param sourceOf for a generated path, what it was generated from, or {@code null}
   * @throws OutputException listing every offending path
   */
  static Map<String, Path> resolve(
      Path root, List<GeneratedFile> files, Function<String, String> sourceOf)
      throws OutputException {
    Map<String, Path> targets = new LinkedHashMap<>();
    Map<String, String> byFoldedCase = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (GeneratedFile file : files) {
      String rel = file.relativePath();
      String problem = problem(rel);
      if (problem == null) {
        problem = tooLong(rel, sourceOf.apply(rel));
      }
      Path target = problem == null ? target(root, rel) : null;
      if (problem == null && target == null) {
        problem = "is not a valid path on this system";
      }
      if (problem == null) {
        if (!target.startsWith(root) || target.equals(root)) {
          problem = "leaves the output folder";
        } else if (targets.containsKey(rel)) {
          problem = "is generated twice";
        } else {
          String other = byFoldedCase.putIfAbsent(rel.toLowerCase(Locale.ROOT), rel);
          if (other != null) {
            problem = "differs from " + other + " only in case";
          } else {
            targets.put(rel, target);
          }
        }
      }
      if (problem != null) {
        problems.add("generated file path '" + rel + "' " + problem);
      }
    }
    if (!problems.isEmpty()) {
      throw new OutputException(
          String.join("\n", problems) + "\nnothing was written to " + root);
    }
    return targets;
  }

  private static Path target(Path root, String rel) {
    try {
      return root.resolve(rel).normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /**
   * Why a path has a name too long for common file systems (255 bytes), or {@code null}. The
   * names come from the specs, so the message says which schema made the name.
   */
  private static String tooLong(String rel, String source) {
    for (String segment : rel.split("/")) {
      int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_NAME_BYTES) {
        return "has a name of "
            + bytes
            + " bytes, longer than the "
            + MAX_NAME_BYTES
            + " that file systems allow"
            + (source == null ? "" : "; it is generated from " + source);
      }
    }
    return null;
  }

  /** Why a relative path is unacceptable on its face, or {@code null}. */
  static String problem(String rel) {
    if (rel == null || rel.isEmpty()) {
      return "is empty";
    }
    if (rel.indexOf('\\') >= 0 || rel.indexOf('\0') >= 0 || rel.indexOf(':') >= 0) {
      return "contains a backslash, colon or NUL character";
    }
    if (rel.startsWith("/")) {
      return "is absolute";
    }
    String[] segments = rel.split("/", -1);
    for (String segment : segments) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return "has an empty, '.' or '..' segment";
      }
    }
    if (segments[0].equals(StateFile.FOLDER)) {
      return "is inside the generator's own " + StateFile.FOLDER + " folder";
    }
    return null;
  }
}
