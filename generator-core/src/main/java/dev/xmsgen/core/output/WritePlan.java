package dev.xmsgen.core.output;

import dev.xmsgen.core.generated.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What writing a generation into an output folder will do, worked out before anything is written:
 * for each generated file whether it is created, replaces a file the generator owns, or is
 * unchanged, and which owned files are no longer generated (those still holding what was written:
 * one changed since is left where it is). A file in the way that the generator
 * does not own, a symbolic link or a file where a folder must be is a conflict: every conflict is
 * reported at once and nothing is planned.
 *
 * @param files the generated files, in the order given
 * @param removals the owned files to delete, as paths relative to the output folder
 */
record WritePlan(List<Planned> files, List<String> removals) {

  enum Action {
    CREATE,
    REPLACE,
    UNCHANGED
  }

  /** One generated file: where it goes, its bytes and their digest, and what happens there. */
  record Planned(String rel, Path target, byte[] bytes, String sha256, Action action) {}

  /**
   * The plan for {@code files} going to {@code targets} below {@code root}.
   *
   * @param owned the files the generator wrote before, by relative path
   * @throws OutputException listing every conflict, when there is one
   */
  static WritePlan of(
      Path root, List<GeneratedFile> files, Map<String, Path> targets, Map<String, FileStamp> owned)
      throws IOException {
    List<String> problems = new ArrayList<>();
    List<Planned> plan = new ArrayList<>();
    Set<Path> checkedFolders = new HashSet<>();
    for (GeneratedFile file : files) {
      String rel = file.relativePath();
      Path target = targets.get(rel);
      byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
      String problem = folderProblem(root, target, checkedFolders);
      Action action = null;
      if (problem == null) {
        if (Files.isSymbolicLink(target)) {
          problem = rel + " is a symbolic link";
        } else if (Files.isDirectory(target)) {
          problem = rel + " is a folder";
        } else if (!Files.exists(target)) {
          action = Action.CREATE;
        } else if (sameContent(target, bytes)) {
          action = Action.UNCHANGED;
        } else if (owned.containsKey(rel)) {
          action = Action.REPLACE;
        } else {
          problem = rel + " exists, and the generator did not write it";
        }
      }
      if (problem != null) {
        problems.add(problem);
      } else {
        plan.add(new Planned(rel, target, bytes, Sha256.of(bytes), action));
      }
    }
    if (!problems.isEmpty()) {
      throw new OutputException(
          String.join("\n", problems)
              + "\nnothing was written to "
              + root
              + "; move those files away, or choose another output folder");
    }

    List<String> removals = new ArrayList<>();
    for (String rel : owned.keySet()) {
      if (!targets.containsKey(rel) && OutputPaths.problem(rel) == null) {
        Path path = root.resolve(rel);
        // Deleted only with proof: it still holds what the state says was written.
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
            && owned.get(rel).compare(path) == FileStamp.Comparison.SAME) {
          removals.add(rel);
        }
      }
    }
    return new WritePlan(plan, removals);
  }

  /** Whether a file is created, replaced or deleted. */
  boolean changesFiles() {
    return !removals.isEmpty() || files.stream().anyMatch(p -> p.action() != Action.UNCHANGED);
  }

  /** Whether {@code file} is a regular file (not a link) with exactly {@code bytes}. */
  static boolean sameContent(Path file, byte[] bytes) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != bytes.length) {
      return false;
    }
    return Arrays.equals(Files.readAllBytes(file), bytes);
  }

  /** Why a file cannot go where it should because of a folder on its way, or {@code null}. */
  private static String folderProblem(Path root, Path target, Set<Path> checked) {
    for (Path dir = target.getParent(); !dir.equals(root); dir = dir.getParent()) {
      if (checked.contains(dir)) {
        return null;
      }
      if (Files.isSymbolicLink(dir)) {
        return root.relativize(dir) + " is a symbolic link; generated files never go through one";
      }
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        return root.relativize(dir) + " is a file where generated files need a folder";
      }
      checked.add(dir);
    }
    return null;
  }
}
