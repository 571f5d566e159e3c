package dev.xmsgen.core.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which files a {@code $ref} may make the parser read: regular files (a symbolic link counts as
 * what it points at) whose name ends in a spec's extension, outside the kernel's and devices'
 * folders, and inside one of the read roots when any are set. Says in words why a file is refused, without
 * reading it.
 */
final class ReadableFiles {
  /** The extensions of files a {@code $ref} may name, lower case. */
  static final List<String> EXTENSIONS = List.of(".json", ".yaml", ".yml");

  /** Folders of the kernel and the devices: never specs, whatever their names. */
  private static final List<Path> SYSTEM = List.of(Path.of("/proc"), Path.of("/dev"), Path.of("/sys"));

  private final List<Path> roots;

  /** @param roots the folders reads are confined to; none: no confinement */
  ReadableFiles(List<Path> roots) {
    this.roots = roots.stream().map(root -> real(root.toAbsolutePath().normalize())).toList();
  }

  /**
   * Why the file at {@code path} (absolute, normalized) may not be read as a spec that a {@code
   * $ref} reaches, or {@code null} when it may.
   */
  String refusal(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
      return "is not a spec file: only files ending in .json, .yaml or .yml are read";
    }
    return fileRefusal(path);
  }

  /**
   * Why the file at {@code path} may not be read at all (folder, device, pipe, outside the root),
   * or {@code null} when it may; the extension is not checked.
   */
  String fileRefusal(Path path) {
    if (!Files.exists(path)) {
      return null; // the caller reports a missing file in its own words
    }
    Path real = real(path);
    for (Path system : SYSTEM) {
      if (real.startsWith(system) || path.startsWith(system)) {
        return "is in " + system + ", which holds no specs; it is not read";
      }
    }
    if (Files.isDirectory(path)) {
      return "is a folder, not a file";
    }
    if (!Files.isRegularFile(path)) {
      return "is not a regular file (a device, pipe or socket); it is not read";
    }
    if (!roots.isEmpty() && roots.stream().noneMatch(real::startsWith)) {
      return "is outside "
          + (roots.size() == 1 ? roots.get(0) : "the folders " + roots)
          + ", where reads are confined; it is not read (make its folder a read root to read it)";
    }
    return null;
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException | SecurityException e) {
      return path;
    }
  }
}
