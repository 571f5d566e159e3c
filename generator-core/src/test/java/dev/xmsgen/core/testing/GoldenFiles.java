package dev.xmsgen.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.generated.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden files: output kept in {@code src/test/resources/golden/} and compared byte for byte, so a
 * change in what the generator writes shows up as a readable diff in review.
 *
 * <p>After an intended change, rewrite them and review the diff:
 *
 * <pre>mvn -B -q -pl generator-core -am verify -Dxmsgen.updateGolden=true</pre>
 */
public final class GoldenFiles {
  /** The folder all golden files live under. */
  public static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private static final boolean UPDATE = Boolean.getBoolean("xmsgen.updateGolden");

  private GoldenFiles() {}

  /** {@code text} equals the golden file {@code golden} (rewritten first when updating). */
  public static void assertText(Path golden, String text) {
    try {
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, text, StandardCharsets.UTF_8);
      }
      assertTrue(Files.isRegularFile(golden), missing(golden));
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text, golden + " differs");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code files} are exactly the golden files under {@code dir}: the same paths, no more and no
   * fewer, each with the same content (the folder is rewritten first when updating).
   */
  public static void assertFiles(Path dir, List<GeneratedFile> files) {
    try {
      if (UPDATE) {
        rewrite(dir, files);
      }
      assertTrue(Files.isDirectory(dir), missing(dir));
      Set<String> actual =
          files.stream()
              .map(GeneratedFile::relativePath)
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(paths(dir), actual, "generated files differ from " + dir);
      for (GeneratedFile file : files) {
        String golden = Files.readString(dir.resolve(file.relativePath()), StandardCharsets.UTF_8);
        assertEquals(golden, file.content(), file.relativePath() + " differs from its golden file");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String missing(Path golden) {
    return "no golden output at " + golden.toAbsolutePath() + "; run with -Dxmsgen.updateGolden=true";
  }

  private static void rewrite(Path dir, List<GeneratedFile> files) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> old = Files.walk(dir)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.delete(p);
        }
      }
    }
    for (GeneratedFile file : files) {
      Path target = dir.resolve(file.relativePath());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content(), StandardCharsets.UTF_8);
    }
  }

  private static Set<String> paths(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
