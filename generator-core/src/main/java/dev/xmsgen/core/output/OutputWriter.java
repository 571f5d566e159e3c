package dev.xmsgen.core.output;

import dev.xmsgen.core.generated.GeneratedFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a generation's files into an output folder that may also hold files the generator does
 * not own.
 *
 * <p><b>Ownership.</b> The state file lists the files the generator wrote. A generated file may
 * replace only a file listed there (or one that already has exactly the generated content); any
 * other file in its way is a conflict, reported before anything is written. Files listed there
 * that the new generation no longer produces are deleted, together with the folders this leaves
 * empty. Nothing else in the folder is ever read, moved or deleted.
 *
 * <p><b>Atomicity.</b> All checks and all new content are prepared first, in a staging folder
 * beside the output folder (same file system, so moves are renames): a failure up to that point
 * leaves the output folder untouched (and a first generation that fails removes the folders it
 * created, the output folder itself included). Then each changed file is swapped in by rename, the file it
 * replaces being moved aside into the staging folder; an I/O error during the swap moves every
 * file back, restores the previous state file, and rethrows, so the folder is again exactly as it
 * was. Files whose content does not change are not touched at all, so their modification times
 * stay and incremental compilation downstream sees only real changes. Because foreign files stay
 * in place, the folder is not swapped as a whole: a reader that looks during the swap can see some
 * files new and some old. A crash during the swap (not an exception: the process dying) leaves the
 * state file marked incomplete, listing old and new files as owned, so the next run regenerates
 * and cleans up. Stale staging folders are removed by the next run.
 *
 * <p>One writer at a time per output folder: a lock file in the generator's folder serializes
 * processes, and a lock object serializes threads of one process.
 *
 * <p>{@link WritePlan} works out what changes and finds the conflicts; {@link Folders} makes and
 * clears the folders; this class holds the lock and swaps the files in.
 */
final class OutputWriter {

  private static final Map<Path, Object> THREAD_LOCKS = new ConcurrentHashMap<>();

  private final FileTransaction.Mover mover;

  OutputWriter() {
    // a class, not a method reference: the writer is made before every up-to-date check, where the
    // first lambda of the process would cost more than the check
    this(new ReplacingMover());
  }

  /** {@link Moves#replace}. */
  private static final class ReplacingMover implements FileTransaction.Mover {
    @Override
    public void move(Path source, Path target) throws IOException {
      Moves.replace(source, target);
    }
  }

  OutputWriter(FileTransaction.Mover mover) {
    this.mover = mover;
  }

  /**
   * Writes the files and the state.
   *
   * @param root the output folder, absolute and normalized; created if missing
   * @param previous the folder's state before, or {@code null}; its outputs are what is owned
   * @param next the state to record; its outputs and report stamp are filled in here
   * @param report where the report goes, or {@code null}
   * @param reportBytes the report's content, when {@code report} is set
   */
  WriteSummary write(
      Path root,
      List<GeneratedFile> files,
      GenerationState previous,
      GenerationState next,
      Path report,
      byte[] reportBytes)
      throws IOException {
    Map<String, Path> targets = OutputPaths.resolve(root, files);
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new OutputException("the output folder " + root + " is a file");
    }
    Path stateFolder = root.resolve(StateFile.FOLDER);
    List<Path> created = Folders.missing(stateFolder);
    Files.createDirectories(stateFolder);
    synchronized (THREAD_LOCKS.computeIfAbsent(root, r -> new Object())) {
      Path lockFile = stateFolder.resolve("lock");
      try {
        try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
          FileLock lock = lockOrFail(channel, root);
          try {
            return writeLocked(root, files, targets, previous, next, report, reportBytes);
          } finally {
            lock.release();
          }
        }
      } catch (IOException | RuntimeException e) {
        if (!created.isEmpty() && !Files.exists(StateFile.location(root))) {
          // A first generation failed: take away the folders it made, lock file included.
          Files.deleteIfExists(lockFile);
          for (Path dir : created) {
            if (Folders.isEmpty(dir)) {
              Files.delete(dir);
            }
          }
        }
        throw e;
      }
    }
  }

  /** Waits for other processes writing the folder; within this process, threads already wait. */
  private static FileLock lockOrFail(FileChannel channel, Path root) throws IOException {
    try {
      return channel.lock();
    } catch (OverlappingFileLockException e) {
      throw new OutputException("another generation is writing to " + root);
    }
  }

  private WriteSummary writeLocked(
      Path root,
      List<GeneratedFile> files,
      Map<String, Path> targets,
      GenerationState previous,
      GenerationState next,
      Path report,
      byte[] reportBytes)
      throws IOException {
    Folders.removeStaleStaging(root);
    Map<String, FileStamp> owned = previous == null ? Map.of() : previous.outputs();

    WritePlan plan = WritePlan.of(root, files, targets, owned);
    boolean reportChanged = report != null && !WritePlan.sameContent(report, reportBytes);

    if (plan.changesFiles() || reportChanged) {
      commit(root, plan, owned, next, report, reportChanged ? reportBytes : null);
      Folders.removeEmpty(root, plan.removals());
    }

    SortedMap<String, FileStamp> outputs = new TreeMap<>();
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (WritePlan.Planned p : plan.files()) {
      outputs.put(p.rel(), FileStamp.of(p.target(), p.sha256()));
      (p.action() == WritePlan.Action.UNCHANGED ? unchanged : written).add(p.rel());
    }
    FileStamp reportStamp = report == null ? null : FileStamp.of(report, Sha256.of(reportBytes));
    GenerationState done =
        new GenerationState(
            next.generatorVersion(), true, next.options(), next.inputs(), outputs, reportStamp);
    StateFile.write(root, done);
    List<String> removed = new ArrayList<>(plan.removals());
    written.sort(null);
    unchanged.sort(null);
    removed.sort(null);
    return new WriteSummary(written, unchanged, removed);
  }

  private void commit(
      Path root,
      WritePlan plan,
      Map<String, FileStamp> owned,
      GenerationState next,
      Path report,
      byte[] reportBytes)
      throws IOException {
    Path staging = Files.createDirectory(Folders.staging(root));
    Path stagedReport = null;
    try {
      FileTransaction transaction = new FileTransaction(staging.resolve("backup"), mover);
      Path fresh = staging.resolve("new");
      SortedMap<String, FileStamp> mayBeOwned = new TreeMap<>(owned);
      for (WritePlan.Planned p : plan.files()) {
        if (p.action() != WritePlan.Action.UNCHANGED) {
          Path staged = fresh.resolve(p.rel());
          Files.createDirectories(staged.getParent());
          Files.write(staged, p.bytes());
          transaction.put(staged, p.target());
        }
        mayBeOwned.put(p.rel(), new FileStamp(p.sha256(), p.bytes().length, 0));
      }
      for (String rel : plan.removals()) {
        transaction.remove(root.resolve(rel));
      }
      if (reportBytes != null) {
        Path folder = report.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        stagedReport = Files.createTempFile(folder, "." + report.getFileName() + "-", ".tmp");
        Files.write(stagedReport, reportBytes);
        transaction.put(stagedReport, report);
      }

      // The previous state is moved aside, not copied, so that a rollback puts back the very
      // file, modification time included.
      Path state = StateFile.location(root);
      Path previousState = staging.resolve("state.json");
      boolean hadState = Files.exists(state);
      if (hadState) {
        mover.move(state, previousState);
      }
      try {
        StateFile.write(root, next.withOutputs(mayBeOwned, false));
        transaction.commit();
      } catch (IOException | RuntimeException e) {
        try {
          if (hadState) {
            Moves.replace(previousState, state);
          } else {
            Files.deleteIfExists(state);
          }
        } catch (IOException restoreFailure) {
          e.addSuppressed(restoreFailure);
        }
        throw e;
      }
    } finally {
      if (stagedReport != null) {
        Files.deleteIfExists(stagedReport);
      }
      Folders.deleteTree(staging);
    }
  }
}
