package dev.xmsgen.core.output;

import dev.xmsgen.core.GeneratedFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

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
 */
final class OutputWriter {

  /** Staging folders are named {@code .xmsgen-staging-<output folder name>-<random>}. */
  static final String STAGING_PREFIX = ".xmsgen-staging-";

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

  private enum Action {
    CREATE,
    REPLACE,
    UNCHANGED
  }

  private record Planned(String rel, Path target, byte[] bytes, String sha256, Action action) {}

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
    List<Path> created = missingFolders(stateFolder);
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
            if (isEmptyFolder(dir)) {
              Files.delete(dir);
            }
          }
        }
        throw e;
      }
    }
  }

  /** {@code dir} and those of its parents that do not exist, deepest first. */
  private static List<Path> missingFolders(Path dir) {
    List<Path> missing = new ArrayList<>();
    for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
      missing.add(d);
    }
    return missing;
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
    removeStaleStaging(root);
    Map<String, FileStamp> owned = previous == null ? Map.of() : previous.outputs();

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
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          removals.add(rel);
        }
      }
    }
    boolean reportChanged = report != null && !sameContent(report, reportBytes);
    boolean filesChanged =
        !removals.isEmpty() || plan.stream().anyMatch(p -> p.action != Action.UNCHANGED);

    if (filesChanged || reportChanged) {
      commit(root, plan, removals, owned, next, report, reportChanged ? reportBytes : null);
      removeEmptyFolders(root, removals);
    }

    SortedMap<String, FileStamp> outputs = new TreeMap<>();
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (Planned p : plan) {
      outputs.put(p.rel, FileStamp.of(p.target, p.sha256));
      (p.action == Action.UNCHANGED ? unchanged : written).add(p.rel);
    }
    FileStamp reportStamp = report == null ? null : FileStamp.of(report, Sha256.of(reportBytes));
    GenerationState done =
        new GenerationState(
            next.generatorVersion(), true, next.options(), next.inputs(), outputs, reportStamp);
    StateFile.write(root, done);
    written.sort(null);
    unchanged.sort(null);
    removals.sort(null);
    return new WriteSummary(written, unchanged, removals);
  }

  private void commit(
      Path root,
      List<Planned> plan,
      List<String> removals,
      Map<String, FileStamp> owned,
      GenerationState next,
      Path report,
      byte[] reportBytes)
      throws IOException {
    Path staging = Files.createDirectory(stagingFolder(root));
    Path stagedReport = null;
    try {
      FileTransaction transaction = new FileTransaction(staging.resolve("backup"), mover);
      Path fresh = staging.resolve("new");
      SortedMap<String, FileStamp> mayBeOwned = new TreeMap<>(owned);
      for (Planned p : plan) {
        if (p.action != Action.UNCHANGED) {
          Path staged = fresh.resolve(p.rel);
          Files.createDirectories(staged.getParent());
          Files.write(staged, p.bytes);
          transaction.put(staged, p.target);
        }
        mayBeOwned.put(p.rel, new FileStamp(p.sha256, p.bytes.length, 0));
      }
      for (String rel : removals) {
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
      deleteTree(staging);
    }
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

  private static boolean sameContent(Path file, byte[] bytes) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != bytes.length) {
      return false;
    }
    return Arrays.equals(Files.readAllBytes(file), bytes);
  }

  /**
   * A new staging folder's path beside the output folder. Random, not secure random: it is made
   * while the output folder's lock is held, and {@code createDirectory} fails rather than reuse one.
   */
  private static Path stagingFolder(Path root) {
    String name = root.getFileName() == null ? "root" : root.getFileName().toString();
    return root.resolveSibling(
        STAGING_PREFIX
            + name
            + "-"
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
  }

  /** Deletes staging folders that a run which died left beside the output folder. */
  private static void removeStaleStaging(Path root) throws IOException {
    Path parent = root.getParent();
    if (parent == null || root.getFileName() == null) {
      return;
    }
    String prefix = STAGING_PREFIX + root.getFileName() + "-";
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
      entries.forEach(stale::add);
    }
    for (Path dir : stale) {
      deleteTree(dir);
    }
  }

  /** Deletes the folders that removing files left empty, up to (not including) the root. */
  private static void removeEmptyFolders(Path root, List<String> removed) throws IOException {
    Map<Path, Boolean> seen = new LinkedHashMap<>();
    for (String rel : removed) {
      for (Path dir = root.resolve(rel).getParent();
          dir != null && !dir.equals(root) && seen.putIfAbsent(dir, true) == null;
          dir = dir.getParent()) {
        if (!isEmptyFolder(dir)) {
          break;
        }
        Files.delete(dir);
      }
    }
  }

  private static boolean isEmptyFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
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
