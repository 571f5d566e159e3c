package dev.xmsgen.core.output;

import dev.xmsgen.core.generated.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes a generation's files into an output folder that may also hold files the generator does
 * not own.
 *
 * <p><b>Ownership.</b> The state file lists the files the generator wrote. A generated file may
 * replace only a file listed there (or one that already has exactly the generated content); any
 * other file in its way is a conflict, reported before anything is written. Files listed there
 * that the new generation no longer produces are deleted if they still hold what was written,
 * together with the folders this leaves empty. Nothing else in the folder is ever read, moved or
 * deleted; the generator's own things (state, lock, staging) live in {@code .xmsgen/}.
 *
 * <p><b>One writer at a time.</b> Everything below happens under the folder's {@link OutputLock},
 * and the state is read again once the lock is held, so two runs never plan from the same state.
 *
 * <p><b>Atomicity.</b> New content is first written into a staging folder in {@code .xmsgen/},
 * with the new state, then a {@link Journal} records the swap. Only then is each changed file
 * swapped in by one rename (the file it replaces first copied into the staging folder, so that a
 * reader never finds it missing), and last the new state is renamed into place. An I/O error during the swap moves every file back, so the
 * folder is again exactly as it was. A run that dies (killed, power lost) before the journal left
 * the folder as it was; after it, the next run finishes the swap first ({@link Recovery}), so the
 * folder ends as the dead run would have left it. Files whose content does not change are not
 * touched at all, so their modification times stay. Because foreign files stay in place, the
 * folder is not swapped as a whole: a reader that looks during the swap can see some files new
 * and some old.
 *
 * <p>{@link WritePlan} works out what changes and finds the conflicts; {@link FileTransaction}
 * does and undoes the moves; {@link Folders} makes and clears the folders.
 */
final class OutputWriter {

  private final FileTransaction.Mover mover;
  private final Steps steps;
  private final Duration lockTimeout;

  OutputWriter() {
    // a class, not a method reference: the writer is made before every up-to-date check, where the
    // first lambda of the process would cost more than the check
    this(new ReplacingMover(), Steps.NONE, OutputLock.defaultTimeout());
  }

  /** {@link Moves#replace}. */
  private static final class ReplacingMover implements FileTransaction.Mover {
    @Override
    public void move(Path source, Path target) throws IOException {
      Moves.replace(source, target);
    }
  }

  OutputWriter(FileTransaction.Mover mover) {
    this(mover, Steps.NONE, OutputLock.defaultTimeout());
  }

  OutputWriter(FileTransaction.Mover mover, Steps steps, Duration lockTimeout) {
    this.mover = mover;
    this.steps = steps;
    this.lockTimeout = lockTimeout;
  }

  /** Finishes or discards what a run that died left, if it left anything. */
  void recover(Path root) throws IOException {
    if (Recovery.pending(root)) {
      try (OutputLock lock = OutputLock.acquire(root, lockTimeout)) {
        Recovery.run(root, steps);
      }
    }
  }

  /**
   * Writes the files and the state.
   *
   * @param root the output folder, absolute and normalized; created if missing
   * @param next the state to record; its outputs and report stamp are filled in here, its inputs
   *     are the files the generation read
   * @param report where the report goes, absolute and normalized, or {@code null}
   * @param reportBytes the report's content, when {@code report} is set
   * @param sourceOf for a generated path, the schema it comes from, or {@code null}
   */
  WriteSummary write(
      Path root,
      List<GeneratedFile> files,
      GenerationState next,
      Path report,
      byte[] reportBytes,
      Function<String, String> sourceOf)
      throws IOException {
    Map<String, Path> targets = OutputPaths.resolve(root, files, sourceOf);
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new OutputException("the output folder " + root + " is a file");
    }
    Path stateFolder = root.resolve(StateFile.FOLDER);
    List<Path> created = Folders.missing(stateFolder);
    FileErrors.run("create the folder", stateFolder, () -> Files.createDirectories(stateFolder));
    try (OutputLock lock = OutputLock.acquire(root, lockTimeout)) {
      try {
        Recovery.run(root, steps);
        GenerationState previous = StateFile.readTrusted(root);
        Path state = StateFile.location(root);
        if (Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS)) {
          // Not a state at all, and in the generator's own folder: it would block every run.
          Folders.deleteTree(state);
        }
        return writeLocked(root, files, targets, previous, next, report, reportBytes, sourceOf);
      } catch (IOException | RuntimeException e) {
        if (!created.isEmpty()) {
          removeCreated(root, created, e);
        }
        throw e;
      }
    }
  }

  /**
   * After a failed first generation, takes away the folders it made, lock file included. Done
   * while the lock is held: a run waiting on the deleted lock file notices and opens a new one.
   */
  private static void removeCreated(Path root, List<Path> created, Exception failure) {
    try {
      Path lockFile = root.resolve(StateFile.FOLDER).resolve(OutputLock.FILE);
      List<Path> left;
      try (var entries = Files.list(root.resolve(StateFile.FOLDER))) {
        left = entries.toList();
      }
      if (left.size() == 1 && left.get(0).equals(lockFile)) {
        Files.delete(lockFile);
      }
      for (Path dir : created) {
        if (Folders.isEmpty(dir)) {
          Files.delete(dir);
        }
      }
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private WriteSummary writeLocked(
      Path root,
      List<GeneratedFile> files,
      Map<String, Path> targets,
      GenerationState previous,
      GenerationState next,
      Path report,
      byte[] reportBytes,
      Function<String, String> sourceOf)
      throws IOException {
    Map<String, FileStamp> owned = previous == null ? Map.of() : previous.outputs();
    WritePlan plan = WritePlan.of(root, files, targets, owned);
    if (report != null) {
      List<Path> inputs = next.inputs().keySet().stream().map(Path::of).toList();
      String problem = ReportFile.ownershipProblem(report, reportBytes, inputs, previous);
      if (problem != null) {
        throw new OutputException(problem + "\nnothing was written to " + root);
      }
    }
    boolean reportChanged = report != null && !WritePlan.sameContent(report, reportBytes);

    if (plan.changesFiles() || reportChanged) {
      commit(root, plan, next, report, reportBytes, reportChanged, sourceOf);
    } else {
      SortedMap<String, FileStamp> outputs = new TreeMap<>();
      for (WritePlan.Planned p : plan.files()) {
        outputs.put(p.rel(), FileStamp.of(p.target(), p.sha256()));
      }
      FileStamp reportStamp = report == null ? null : FileStamp.of(report, Sha256.of(reportBytes));
      StateFile.write(root, done(next, outputs, reportStamp));
    }

    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (WritePlan.Planned p : plan.files()) {
      (p.action() == WritePlan.Action.UNCHANGED ? unchanged : written).add(p.rel());
    }
    written.sort(null);
    unchanged.sort(null);
    List<String> removed = new ArrayList<>(plan.removals());
    removed.sort(null);
    return new WriteSummary(written, unchanged, removed);
  }

  private static GenerationState done(
      GenerationState next, SortedMap<String, FileStamp> outputs, FileStamp report) {
    return new GenerationState(
        next.generatorVersion(), true, next.options(), next.inputs(), outputs, report);
  }

  /**
   * Stages, journals, swaps. Nothing here cleans up in a {@code finally}: a run that dies leaves
   * what it left, and this code must cope with the same when an error is thrown, so cleanup
   * happens only on the paths that know what to clean.
   */
  private void commit(
      Path root,
      WritePlan plan,
      GenerationState next,
      Path report,
      byte[] reportBytes,
      boolean reportChanged,
      Function<String, String> sourceOf)
      throws IOException {
    Path staging = FileErrors.run("create the staging folder", root.resolve(StateFile.FOLDER),
        () -> Files.createDirectory(Folders.staging(root)));
    Path temp = null;
    FileTransaction transaction =
        new FileTransaction(staging.resolve("backup"), mover, steps);
    try {
      Path fresh = staging.resolve(Journal.NEW);
      SortedMap<String, FileStamp> outputs = new TreeMap<>();
      List<String> puts = new ArrayList<>();
      for (WritePlan.Planned p : plan.files()) {
        if (p.action() == WritePlan.Action.UNCHANGED) {
          outputs.put(p.rel(), FileStamp.of(p.target(), p.sha256()));
          continue;
        }
        Path staged = fresh.resolve(p.rel());
        stage(staged, p.bytes(), p.rel(), sourceOf);
        // A rename keeps size and modification time, so the stamp holds for the target too.
        outputs.put(p.rel(), FileStamp.of(staged, p.sha256()));
        transaction.put(staged, p.target());
        puts.add(p.rel());
      }
      for (String rel : plan.removals()) {
        transaction.remove(root.resolve(rel));
      }
      FileStamp reportStamp = null;
      if (reportChanged) {
        temp = ReportFile.tempFor(report);
        Recovery.recordReportTemp(staging, temp, report);
        Path reportTemp = temp;
        FileErrors.run("write the report", report, () -> {
          Files.createDirectories(report.getParent());
          return Files.write(reportTemp, reportBytes, StandardOpenOption.CREATE_NEW);
        });
        reportStamp = FileStamp.of(temp, Sha256.of(reportBytes));
        transaction.put(temp, report);
      } else if (report != null) {
        reportStamp = FileStamp.of(report, Sha256.of(reportBytes));
      }
      Files.write(staging.resolve(Journal.STATE), StateFile.serialize(done(next, outputs, reportStamp)));
      steps.after("staged");
      new Journal(puts, plan.removals(), temp, reportChanged ? report : null).write(staging);
      steps.after("journal");
    } catch (IOException | RuntimeException e) {
      discard(staging, temp, e);
      throw e;
    }

    Path stagedState = staging.resolve(Journal.STATE);
    try {
      transaction.commit(() -> mover.move(stagedState, StateFile.location(root)));
    } catch (IOException | RuntimeException e) {
      if (e.getSuppressed().length == 0) {
        // Every move was undone: the swap did not happen, and no run may finish it.
        discard(staging, temp, e);
      }
      // Otherwise the journal stays: the next run finishes the swap instead.
      if (e instanceof IOException io) {
        throw FileErrors.described("swap the new files into", root, io);
      }
      throw e;
    }
    steps.after("state");
    // Empty folders go while the journal still exists: a run killed now has them removed by the
    // next one, which finishes the journal, removals included.
    Folders.removeEmpty(root, plan.removals());
    Files.delete(staging.resolve(Journal.FILE));
    Folders.deleteTree(staging);
  }

  /** Writes one staged file; a name too long for the file system names the schema it comes from. */
  private static void stage(Path staged, byte[] bytes, String rel, Function<String, String> sourceOf)
      throws IOException {
    try {
      Files.createDirectories(staged.getParent());
      Files.write(staged, bytes);
    } catch (IOException e) {
      String source = sourceOf.apply(rel);
      String from = source == null ? "" : " (generated from " + source + ")";
      IOException described = FileErrors.described("write the generated file", staged, e);
      throw new IOException(
          "cannot write the generated file " + rel + from + ": " + FileErrors.reason(e), described);
    }
  }

  /** Deletes a staging folder that no run will finish, and the report's temporary file. */
  private static void discard(Path staging, Path temp, Exception failure) {
    try {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
      Folders.deleteTree(staging);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
