package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class ({@code junit-platform.properties} orders classes by {@link
 * Order}) and fails when a scenario that {@code src/test/resources/.../covered-scenarios.txt} lists
 * as covered was not reached in this run: a test deleted or a scenario lost shows here by name even
 * if no test fails. With {@code -Dconformance.updateCovered=true} the run writes the scenarios it
 * reached to that file instead, to review and commit as coverage grows.
 */
@Order(Integer.MAX_VALUE)
class CoverageFloorTest {
  private static final Path LIST =
      Path.of("src/test/resources/dev/xmsgen/conformance/covered-scenarios.txt");

  @Test
  void everyScenarioCoveredBeforeIsCoveredNow() throws IOException {
    SortedSet<String> now = Coverage.of(TestServer.get()).covered();
    if (Boolean.getBoolean("conformance.updateCovered")) {
      Files.write(LIST, now, StandardCharsets.UTF_8);
      return;
    }
    List<String> lost =
        before().stream().filter(name -> !now.contains(name)).collect(Collectors.toList());
    assertEquals(List.of(), lost, "scenarios covered before and not reached in this run");
  }

  private static SortedSet<String> before() throws IOException {
    return Files.readAllLines(LIST, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
