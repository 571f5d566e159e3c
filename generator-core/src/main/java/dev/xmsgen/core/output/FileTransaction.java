package dev.xmsgen.core.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A list of file moves that either all happen or are all undone. Each replaced file is first
 * copied into a backup folder and then replaced by one rename; each removed file is moved aside
 * there. If a later move fails, the moves done so far are undone in reverse order, which puts
 * every file back as it was.
 *
 * <p>Each single move is a rename, atomic on one file system; the transaction as a whole is not
 * atomic against a crash of the process: a {@link Journal} written before it lets the next run
 * finish it ({@link Recovery}). Every forward move is followed by {@link Steps#after} with
 * {@code move N}, N counting from 1; an exception or error from there is a failure of that move.
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
  private final Steps steps;
  private int moves;
  private final List<Step> plan = new ArrayList<>();

  /**
   * @param backups an empty folder, or one to be created, for the files moved aside
   */
  FileTransaction(Path backups, Mover mover, Steps steps) {
    this.backups = backups;
    this.mover = mover;
    this.steps = steps;
  }

  /** Puts {@code staged} at {@code target}, replacing any file there. */
  void put(Path staged, Path target) {
    plan.add(new Step(target, staged, false));
  }

  /** Removes {@code target}. */
  void remove(Path target) {
    plan.add(new Step(target, null, true));
  }

  boolean isEmpty() {
    return plan.isEmpty();
  }

  /**
   * Runs every step, then {@code last}; on failure of any undoes the steps done and rethrows.
   */
  void commit(IoAction last) throws IOException {
    Deque<Runnable> undo = new ArrayDeque<>();
    List<IOException> undoFailures = new ArrayList<>();
    int n = 0;
    try {
      for (Step step : plan) {
        if (Files.exists(step.target)) {
          Path backup = backups.resolve(Integer.toString(n++));
          Files.createDirectories(backups);
          if (step.remove) {
            mover.move(step.target, backup);
            undo.push(() -> attempt(undoFailures, () -> mover.move(backup, step.target)));
            afterMove();
          } else {
            // Copied, not moved aside: the rename below replaces the file in one step, so a
            // reader never finds it missing; the copy (times included) is what an undo puts back.
            Files.copy(
                step.target, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            // The copy may round the time to microseconds; the state compares nanoseconds.
            Files.setLastModifiedTime(backup, Files.getLastModifiedTime(step.target));
            undo.push(() -> attempt(undoFailures, () -> mover.move(backup, step.target)));
          }
        }
        if (!step.remove) {
          List<Path> missing = missingParents(step.target);
          undo.push(() -> attempt(undoFailures, () -> deleteEmpty(missing)));
          for (int i = missing.size() - 1; i >= 0; i--) {
            Files.createDirectory(missing.get(i));
          }
          mover.move(step.staged, step.target);
          undo.push(() -> attempt(undoFailures, () -> mover.move(step.target, step.staged)));
          afterMove();
        }
      }
      last.run();
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

  /** The hook that tests use to stop right after a forward move, its undo being recorded. */
  private void afterMove() throws IOException {
    steps.after("move " + ++moves);
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

  /** An action on files that may fail. */
  interface IoAction {
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
