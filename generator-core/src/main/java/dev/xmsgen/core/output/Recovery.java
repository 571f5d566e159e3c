package dev.xmsgen.core.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run finds of a run that died, and the repair, done under the folder's lock before
 * anything else. A staging folder in {@code .xmsgen/} with a {@link Journal} belongs to a swap
 * that was decided: it is finished (every staged file still there is moved into place, every file
 * to remove is removed, the report and then the new state are moved in), so the folder ends as
 * that run would have left it. A staging folder without a journal belongs to a run that died
 * before touching the folder: it is deleted, with the report's temporary file it names. Only
 * {@code .xmsgen/} and paths its journal names are touched.
 */
final class Recovery {

  /** Staging folders are {@code .xmsgen/staging-<random>}. */
  static final String STAGING_PREFIX = "staging-";

  /** The file, in a staging folder, naming the report's temporary file and the report. */
  static final String REPORT_TEMP = "report-temp.txt";

  private Recovery() {}

  /** Whether a run left staging behind, so that {@link #run} has something to do. */
  static boolean pending(Path root) throws IOException {
    return !stagingFolders(root).isEmpty();
  }

  /** Finishes or discards what dead runs left; the caller holds the lock. */
  static void run(Path root) throws IOException {
    run(root, Steps.NONE);
  }

  /**
   * Finishes or discards what dead runs left; the caller holds the lock. Every part of finishing
   * can be done again, so a run killed while recovering is recovered by the next in turn; {@code
   * steps} hears {@code recover put N}, {@code recover remove N}, {@code recover report}, {@code
   * recover state} and {@code recover folders}.
   */
  static void run(Path root, Steps steps) throws IOException {
    for (Path staging : stagingFolders(root)) {
      Journal journal = Journal.read(staging);
      if (journal != null) {
        rollForward(root, staging, journal, steps);
      } else {
        deleteReportTemp(staging);
      }
      Folders.deleteTree(staging);
    }
  }

  private static void rollForward(Path root, Path staging, Journal journal, Steps steps)
      throws IOException {
    int n = 0;
    for (String rel : journal.put()) {
      Path staged = staging.resolve(Journal.NEW).resolve(rel);
      if (Files.isRegularFile(staged, LinkOption.NOFOLLOW_LINKS)) {
        Path target = root.resolve(rel);
        Files.createDirectories(target.getParent());
        Moves.replace(staged, target);
      }
      steps.after("recover put " + ++n);
    }
    n = 0;
    for (String rel : journal.remove()) {
      Path target = root.resolve(rel);
      if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(target);
      }
      steps.after("recover remove " + ++n);
    }
    if (journal.reportTemp() != null
        && Files.isRegularFile(journal.reportTemp(), LinkOption.NOFOLLOW_LINKS)) {
      Moves.replace(journal.reportTemp(), journal.report());
    }
    steps.after("recover report");
    Path state = staging.resolve(Journal.STATE);
    if (Files.isRegularFile(state, LinkOption.NOFOLLOW_LINKS)) {
      Moves.replace(state, StateFile.location(root));
    }
    steps.after("recover state");
    Folders.removeEmpty(root, journal.remove());
    steps.after("recover folders");
  }

  private static void deleteReportTemp(Path staging) throws IOException {
    Path record = staging.resolve(REPORT_TEMP);
    if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    String[] lines = Files.readString(record, StandardCharsets.UTF_8).split("\n", -1);
    if (lines.length < 2) {
      return;
    }
    try {
      Path temp = Path.of(lines[0]);
      Path report = Path.of(lines[1]);
      if (temp.isAbsolute() && ReportFile.isTempOf(temp, report)) {
        Files.deleteIfExists(temp);
      }
    } catch (RuntimeException e) {
      // A record this generator did not write: leave every file it might name alone.
    }
  }

  /** Records, before creating it, the report's temporary file, so a dead run's can be found. */
  static void recordReportTemp(Path staging, Path temp, Path report) throws IOException {
    Files.writeString(staging.resolve(REPORT_TEMP), temp + "\n" + report + "\n", StandardCharsets.UTF_8);
  }

  private static List<Path> stagingFolders(Path root) throws IOException {
    Path folder = root.resolve(StateFile.FOLDER);
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return found;
    }
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(
            folder, p -> p.getFileName().toString().startsWith(STAGING_PREFIX))) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          found.add(entry);
        }
      }
    }
    return found;
  }
}
