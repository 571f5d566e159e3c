package dev.xmsgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xmsgen.core.output.IncrementalGeneration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug in the generator is one line asking for a report, with the specs; no stack trace. */
class InternalErrorTest {
  @TempDir Path dir;

  @Test
  void aStackOverflowIsOneLineAskingForABugReport() throws Exception {
    Path spec = Files.writeString(dir.resolve("deep.json"), "{\"swagger\": \"2.0\"}");
    Cli cli =
        new Cli(
            new IncrementalGeneration(
                options -> {
                  throw new StackOverflowError();
                },
                "test"));
    int code =
        cli.run(
            "generate", "--spec", spec.toString(), "--output", dir.resolve("gen").toString(),
            "--package", "com.example");
    assertEquals(1, code);
    assertEquals(
        "xmsgen: internal error (java.lang.StackOverflowError) while generating from ["
            + spec.toAbsolutePath().normalize() + "]; please report it as a bug, with these specs\n",
        cli.err().replace("\r\n", "\n"));
  }
}
