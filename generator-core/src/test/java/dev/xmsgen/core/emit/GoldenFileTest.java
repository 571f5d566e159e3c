package dev.xmsgen.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares what the emitter writes for each {@link GoldenCases} case with the files under {@code
 * src/test/resources/golden/<case>/}, byte for byte, and fails on missing or extra files.
 *
 * <p>After an intended change, rewrite the golden files and review the diff:
 *
 * <pre>mvn -B -q -pl generator-core -am verify -Dxmsgen.updateGolden=true</pre>
 */
class GoldenFileTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("xmsgen.updateGolden");

  static Stream<String> cases() {
    return GoldenCases.all().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void emitsTheGoldenFiles(String name) throws IOException {
    List<GeneratedFile> files = GoldenCases.emit(name, GoldenCases.all().get(name));
    Path dir = GOLDEN.resolve(name);
    if (UPDATE) {
      rewrite(dir, files);
    }
    assertTrue(
        Files.isDirectory(dir),
        "no golden files at " + dir.toAbsolutePath() + "; run with -Dxmsgen.updateGolden=true");
    Set<String> expected = goldenPaths(dir);
    Set<String> actual =
        files.stream()
            .map(GeneratedFile::relativePath)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, actual, "generated files differ from " + dir);
    for (GeneratedFile file : files) {
      String golden = Files.readString(dir.resolve(file.relativePath()), StandardCharsets.UTF_8);
      assertEquals(golden, file.content(), file.relativePath() + " differs from its golden file");
    }
  }

  private static void rewrite(Path dir, List<GeneratedFile> files) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> old = Files.walk(dir)) {
        for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
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

  private static Set<String> goldenPaths(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
