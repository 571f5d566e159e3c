package dev.xmsgen.core.output;

import dev.xmsgen.core.GenerationResult;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What one {@link IncrementalGeneration#run} did.
 *
 * @param outputDirectory the output folder, absolute
 * @param upToDate nothing was generated: the folder already held the result
 * @param reason why generation ran, a clause that follows "because"; empty when up to date
 * @param firstGeneration the folder had no previous state
 * @param files what was written; when up to date, every owned file counts as unchanged
 * @param result the generation's result, or {@code null} when up to date (nothing was parsed)
 * @param elapsedNanos how long the run took
 */
public record Outcome(
    Path outputDirectory,
    boolean upToDate,
    String reason,
    boolean firstGeneration,
    WriteSummary files,
    GenerationResult result,
    long elapsedNanos) {

  /**
   * The one line that the CLI prints and the Maven plugin logs, for example {@code xmsgen:
   * regenerated out because common.json changed: 3 written, 38 unchanged, 1 deleted (812 ms)}.
   *
   * @param shownOutputDirectory the output folder as the user should read it
   */
  public String summary(String shownOutputDirectory) {
    long millis = TimeUnit.NANOSECONDS.toMillis(elapsedNanos);
    if (upToDate) {
      return "xmsgen: "
          + shownOutputDirectory
          + " is up to date: "
          + count(files.generated(), "file")
          + " ("
          + millis
          + " ms)";
    }
    StringBuilder line =
        new StringBuilder("xmsgen: ")
            .append(firstGeneration ? "generated " : "regenerated ")
            .append(shownOutputDirectory)
            .append(" because ")
            .append(reason)
            .append(": ")
            .append(files.written().size())
            .append(" written");
    if (!files.unchanged().isEmpty()) {
      line.append(", ").append(files.unchanged().size()).append(" unchanged");
    }
    if (!files.deleted().isEmpty()) {
      line.append(", ").append(files.deleted().size()).append(" deleted");
    }
    return line.append(" (").append(millis).append(" ms)").toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
