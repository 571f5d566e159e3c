package dev.xmsgen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds spec files in a folder by Ant-style patterns, as Maven users know them: {@code *} matches
 * within one path segment, {@code **} any number of segments (none included), {@code ?} one
 * character. Patterns are relative to the folder and use {@code /}.
 */
final class SpecFiles {
  private SpecFiles() {}

  /** The files below {@code folder} matched by an include and by no exclude, sorted by path. */
  static List<Path> find(Path folder, List<String> includes, List<String> excludes)
      throws IOException {
    List<Pattern> in = includes.stream().map(SpecFiles::toRegex).toList();
    List<Pattern> out = excludes.stream().map(SpecFiles::toRegex).toList();
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
  static Pattern toRegex(String pattern) {
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
