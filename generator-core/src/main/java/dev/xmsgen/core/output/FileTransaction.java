package dev.xmsgen.core.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A list of file moves that either all happen or are all undone. Each replaced or removed file is
 * first moved aside into a backup folder; if a later move fails, the moves done so far are undone
 * in reverse order, which puts every file back as it was.
 *
 * <p>Each single move is a rename, atomic on one file system; the transaction as a whole is not
 * atomic against a crash of the process (see {@link OutputWriter} for how that case is detected
 * and repaired).
 */
final class FileTransaction {

  /** Moves a file, replacing the target; the seam that tests use to fail a move. */
  @FunctionalInterface
  interface Mover {
    void move(Path source, Path target) throws IOException;
  }

  private record Step(Path target, Path staged, boolean remove) {}

  private final Path backups;
  private final Mover mover;
  private final List<Step> steps = new ArrayList<>();

  /**
   * @param backups an empty folder, or one to be created, for the files moved aside
   */
  FileTransaction(Path backups, Mover mover) {
    this.backups = backups;
    this.mover = mover;
  }

  /** Puts {@code staged} at {@code target}, replacing any file there. */
  void put(Path staged, Path target) {
    steps.add(new Step(target, staged, false));
  }

  /** Removes {@code target}. */
  void remove(Path target) {
    steps.add(new Step(target, null, true));
  }

  boolean isEmpty() {
    return steps.isEmpty();
  }

  /** Runs every step; on failure undoes those done and rethrows. */
  void commit() throws IOException {
    Deque<Runnable> undo = new ArrayDeque<>();
    List<IOException> undoFailures = new ArrayList<>();
    int n = 0;
    try {
      for (Step step : steps) {
        Path backup = null;
        if (Files.exists(step.target)) {
          backup = backups.resolve(Integer.toString(n++));
          Files.createDirectories(backups);
          mover.move(step.target, backup);
          Path saved = backup;
          undo.push(() -> attempt(undoFailures, () -> mover.move(saved, step.target)));
        }
        if (!step.remove) {
          List<Path> missing = missingParents(step.target);
          undo.push(() -> attempt(undoFailures, () -> deleteEmpty(missing)));
          for (int i = missing.size() - 1; i >= 0; i--) {
            Files.createDirectory(missing.get(i));
          }
          mover.move(step.staged, step.target);
          undo.push(() -> attempt(undoFailures, () -> mover.move(step.target, step.staged)));
        }
      }
    } catch (IOException | RuntimeException e) {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
      for (IOException failure : undoFailures) {
        e.addSuppressed(failure);
      }
      throw e;
    }
  }

  /** The parent folders of {@code target} that do not exist yet, deepest first. */
  private static List<Path> missingParents(Path target) {
    List<Path> missing = new ArrayList<>();
    for (Path dir = target.getParent();
        dir != null && !Files.isDirectory(dir);
        dir = dir.getParent()) {
      missing.add(dir);
    }
    return missing;
  }

  private static void deleteEmpty(List<Path> dirsDeepestFirst) throws IOException {
    for (Path dir : dirsDeepestFirst) {
      Files.deleteIfExists(dir);
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void attempt(List<IOException> failures, IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      failures.add(e);
    }
  }
}
