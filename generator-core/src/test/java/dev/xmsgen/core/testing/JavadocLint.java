package dev.xmsgen.core.testing;

import dev.xmsgen.core.generated.GeneratedFile;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the JDK's {@code javadoc} with {@code -Xdoclint:all} over generated sources, as a user
 * publishing Javadoc of generated code would: any error or warning (malformed HTML, a missing
 * comment, a broken {@code @link}) fails with javadoc's own output.
 */
public final class JavadocLint {
  private JavadocLint() {}

  /** Runs javadoc on {@code files}; throws {@link AssertionError} on any diagnostic. */
  public static void check(List<GeneratedFile> files) {
    ToolProvider javadoc =
        ToolProvider.findFirst("javadoc").orElseThrow(() -> new AssertionError("no javadoc tool"));
    Path dir = null;
    try {
      dir = Files.createTempDirectory("xmsgen-javadoc");
      List<String> args = new ArrayList<>();
      args.addAll(List.of("-quiet", "-Xdoclint:all", "-encoding", "UTF-8", "--release", "11"));
      args.addAll(List.of("-d", dir.resolve("out").toString()));
      args.addAll(
          List.of(
              "-cp",
              InMemoryCompiler.classpath().stream()
                  .map(File::getPath)
                  .collect(Collectors.joining(File.pathSeparator))));
      for (GeneratedFile file : files) {
        Path source = dir.resolve("src").resolve(file.relativePath());
        Files.createDirectories(source.getParent());
        Files.writeString(source, file.content(), StandardCharsets.UTF_8);
        args.add(source.toString());
      }
      StringWriter out = new StringWriter();
      PrintWriter writer = new PrintWriter(out);
      int status = javadoc.run(writer, writer, args.toArray(String[]::new));
      writer.flush();
      String report =
          out.toString()
              .lines()
              .filter(l -> l.contains("warning") || l.contains("error") || l.startsWith(" "))
              .collect(Collectors.joining("\n"));
      if (status != 0 || !report.isEmpty()) {
        throw new AssertionError("javadoc -Xdoclint:all reports problems:\n" + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
