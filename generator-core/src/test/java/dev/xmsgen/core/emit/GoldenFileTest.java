package dev.xmsgen.core.emit;

import dev.xmsgen.core.testing.GoldenFiles;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares what the emitter writes for each hand-built {@link GoldenCases} case with the files
 * under {@code src/test/resources/golden/<case>/}; see {@link GoldenFiles} for rewriting them.
 */
class GoldenFileTest {

  static Stream<String> cases() {
    return GoldenCases.all().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void emitsTheGoldenFiles(String name) {
    GoldenFiles.assertFiles(
        GoldenFiles.ROOT.resolve(name), GoldenCases.emit(name, GoldenCases.all().get(name)));
  }
}
