package dev.xmsgen.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers that look at an output folder the way a user would. */
final class OutputFolder {
  private OutputFolder() {}

  /** Every file below {@code root} (the lock file aside): relative path to content and mtime. */
  static Map<String, String> snapshot(Path root) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (Files.isRegularFile(p) && !rel.equals(".xmsgen/lock")) {
          files.put(
              rel,
              Files.readString(p, StandardCharsets.UTF_8) + "\n@" + Files.getLastModifiedTime(p));
        } else if (Files.isDirectory(p) && !p.equals(root)) {
          files.put(rel + "/", "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Sets a file's mtime to a fixed past instant, so a rewrite would be visible. */
  static FileTime age(Path file) throws IOException {
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, old);
    return old;
  }

  /** The staging folders in {@code root}'s {@code .xmsgen} folder. */
  static long stagingFolders(Path root) throws IOException {
    Path own = root.resolve(StateFile.FOLDER);
    if (!Files.isDirectory(own)) {
      return 0;
    }
    try (Stream<Path> entries = Files.list(own)) {
      return entries
          .filter(p -> p.getFileName().toString().startsWith(Recovery.STAGING_PREFIX))
          .count();
    }
  }

  /** The user's view: every file and folder, the generator's own {@code .xmsgen} excluded. */
  static Map<String, String> userView(Path root) {
    Map<String, String> files = new TreeMap<>(snapshot(root));
    files.keySet().removeIf(rel -> rel.startsWith(StateFile.FOLDER + "/"));
    return files;
  }
}
