package dev.xmsgen.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes stay small: no source file of generator-core's main code has more than {@value
 * #MAX_LINES} lines. A file that grows past it is split into classes that each do one thing.
 */
class ClassSizeTest {
  static final int MAX_LINES = 400;

  @Test
  void noMainSourceFileIsOverTheLimit() throws IOException {
    Path sources = Path.of("src", "main", "java");
    assertTrue(Files.isDirectory(sources), sources.toAbsolutePath() + " is not a folder");
    List<String> tooLong;
    int files;
    try (Stream<Path> all = Files.walk(sources)) {
      List<Path> java = all.filter(p -> p.toString().endsWith(".java")).toList();
      files = java.size();
      tooLong =
          java.stream()
              .filter(p -> lines(p) > MAX_LINES)
              .map(p -> sources.relativize(p) + " has " + lines(p) + " lines")
              .sorted()
              .collect(Collectors.toList());
    }
    assertTrue(files > 100, "only " + files + " source files found under " + sources);
    assertEquals(List.of(), tooLong, "over " + MAX_LINES + " lines");
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
