package dev.xmsgen.core.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rules for the JSON report's file. It may not be a spec that was read, nor lie inside the
 * output folder (whose files are sources the generator owns or the user's), nor replace a file
 * the generator cannot prove it wrote: one that exists, is not the report the folder's state
 * records with the digest it still has, and does not already hold exactly the new report. It is
 * written atomically, through a temporary file beside it and a rename.
 */
final class ReportFile {

  private static final String TEMP_MARK = ".xmsgen-";
  private static final String TEMP_SUFFIX = ".tmp";

  private ReportFile() {}

  /**
   * What makes {@code report} unusable before anything is generated, one sentence each.
   *
   * @param report absolute and normalized
   * @param root the output folder, absolute and normalized
   * @param specs the spec files asked for
   */
  static List<String> problems(Path report, Path root, Collection<Path> specs) {
    List<String> problems = new ArrayList<>();
    if (Files.isDirectory(report)) {
      problems.add("the report is a folder: " + report);
    }
    for (Path spec : specs) {
      if (spec.toAbsolutePath().normalize().equals(report)) {
        problems.add("the report would overwrite the spec " + report);
      }
    }
    if (report.startsWith(root)) {
      problems.add(
          "the report "
              + report
              + " is inside the output folder "
              + root
              + "; write it outside, for example beside the folder");
    }
    return problems;
  }

  /**
   * Why the generator may not write {@code report} now, or {@code null}.
   *
   * @param inputs every file the generation read
   * @param previous the folder's state, or {@code null}
   */
  static String ownershipProblem(
      Path report, byte[] bytes, Collection<Path> inputs, GenerationState previous)
      throws IOException {
    for (Path input : inputs) {
      if (input.toAbsolutePath().normalize().equals(report)) {
        return "the report " + report + " is a spec file that the generation read";
      }
    }
    if (!Files.exists(report, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    if (Files.isSymbolicLink(report) || !Files.isRegularFile(report)) {
      return "the report " + report + " exists and is not a regular file";
    }
    if (WritePlan.sameContent(report, bytes) || isRecorded(report, previous)) {
      return null;
    }
    return "the report "
        + report
        + " exists, and the generator did not write it (or it changed since); move it away or"
        + " choose another report file";
  }

  private static boolean isRecorded(Path report, GenerationState previous) throws IOException {
    return previous != null
        && previous.report() != null
        && report.toString().equals(previous.options().get(Fingerprint.REPORT))
        && previous.report().compare(report) == FileStamp.Comparison.SAME;
  }

  /** A new temporary file's path beside {@code report}. */
  static Path tempFor(Path report) {
    return report.resolveSibling(
        "."
            + report.getFileName()
            + TEMP_MARK
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
            + TEMP_SUFFIX);
  }

  /** Whether {@code temp} is named as {@link #tempFor} names {@code report}'s temporary files. */
  static boolean isTempOf(Path temp, Path report) {
    String name = temp.getFileName().toString();
    return temp.getParent() != null
        && temp.getParent().equals(report.getParent())
        && name.startsWith("." + report.getFileName() + TEMP_MARK)
        && name.endsWith(TEMP_SUFFIX);
  }
}
