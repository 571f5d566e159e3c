package dev.xmsgen.core.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The folders writing needs and leaves behind: those it creates, the staging folders in {@code
 * .xmsgen/}, the folders that removing files leaves empty. Symbolic links are never followed.
 */
final class Folders {

  private Folders() {}

  /** {@code dir} and those of its parents that do not exist, deepest first. */
  static List<Path> missing(Path dir) {
    List<Path> missing = new ArrayList<>();
    for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
      missing.add(d);
    }
    return missing;
  }

  /**
   * A new staging folder's path, inside the generator's own {@code .xmsgen} folder (so on the
   * output folder's file system, where moves are renames). Random, not secure random: it is made
   * while the folder's lock is held, and {@code createDirectory} fails rather than reuse one.
   */
  static Path staging(Path root) {
    return root.resolve(StateFile.FOLDER)
        .resolve(
            Recovery.STAGING_PREFIX
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
  }

  /** Deletes the folders that removing files left empty, up to (not including) the root. */
  static void removeEmpty(Path root, List<String> removed) throws IOException {
    Map<Path, Boolean> seen = new LinkedHashMap<>();
    for (String rel : removed) {
      for (Path dir = root.resolve(rel).getParent();
          dir != null && !dir.equals(root) && seen.putIfAbsent(dir, true) == null;
          dir = dir.getParent()) {
        if (!isEmpty(dir)) {
          break;
        }
        Files.delete(dir);
      }
    }
  }

  /** Whether {@code dir} is a folder (not a link to one) with nothing in it. */
  static boolean isEmpty(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }

  /** Deletes {@code dir} and everything in it; nothing when it does not exist. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
