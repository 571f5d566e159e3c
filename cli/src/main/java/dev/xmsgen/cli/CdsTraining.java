package dev.xmsgen.cli;

import dev.xmsgen.core.output.IncrementalGeneration;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The training run behind the launcher's class-data-sharing archive: run in a JVM started with
 * {@code -XX:ArchiveClassesAtExit=FILE}, it goes through what real runs do, so that the archive
 * holds every class (and lambda) they load, already parsed and verified. It generates the built-in
 * KeyVault sample into a temporary folder, runs again when that folder is up to date, and prints
 * the help and a usage error (the picocli path); all output is discarded, and the temporary folder
 * is deleted. The build runs it once ({@code cli/target/xmsgen.jsa}); the launcher runs it again
 * when the archive is missing or older than the jar.
 */
public final class CdsTraining {
  /** The built-in sample spec, copied into the jar by the build, and the file it refers to. */
  private static final String[] SPECS = {"keyvault.json", "common.json"};

  private CdsTraining() {}

  /** Runs the training; exits non-zero if a step did not end as it should. */
  public static void main(String[] args) throws IOException {
    Path work = Files.createTempDirectory("xmsgen-cds-training");
    try {
      for (String name : SPECS) {
        try (InputStream in = CdsTraining.class.getResourceAsStream("training/" + name)) {
          if (in == null) {
            throw new IllegalStateException("training/" + name + " is missing from the jar");
          }
          Files.copy(in, work.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      String[] generate = {
        "generate",
        "--spec", work.resolve("keyvault.json").toString(),
        "--output", work.resolve("out").toString(),
        "--package", "com.example.training",
        "--report", work.resolve("report.json").toString(),
      };
      check(run(generate), Main.OK, "generation");
      check(run(generate), Main.OK, "up-to-date run");
      check(run("--help"), Main.OK, "--help");
      check(run("generate", "--no-such-option"), Main.USAGE, "usage error");
    } finally {
      deleteTree(work);
    }
  }

  private static int run(String... args) {
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    return Main.run(args, new IncrementalGeneration(), discard, discard);
  }

  private static void check(int code, int expected, String step) {
    if (code != expected) {
      throw new IllegalStateException(
          "the training " + step + " exited " + code + ", not " + expected);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
