package dev.xmsgen.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run: it must get through every step (a failing step would leave the
 * launcher without its archive, which it only reports as slowness), and leave nothing behind.
 */
class CdsTrainingTest {

  private static List<Path> trainingFolders() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().startsWith("xmsgen-cds-training")).toList();
    }
  }

  @Test
  void theTrainingRunPassesEveryStepAndCleansUp() throws IOException {
    List<Path> before = trainingFolders();
    assertDoesNotThrow(() -> CdsTraining.main(new String[0]));
    assertEquals(before, trainingFolders(), "the training run left its temporary folder");
  }
}
