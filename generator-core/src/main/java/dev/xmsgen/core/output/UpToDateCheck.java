package dev.xmsgen.core.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides, without parsing anything, whether an output folder already holds what a generation
 * would write: same generator version, same options, spec files with the recorded digests, and
 * every generated file (and the report) still as it was written.
 *
 * <p>Every comparison is by SHA-256 digest; a file whose size and modification time are still
 * those recorded is taken as unchanged without being read (see {@link FileStamp} for why that is
 * safe). So the check costs a few milliseconds for hundreds of files, and touching a spec, or
 * checking it out again with the same content, does not cause a regeneration.
 */
public final class UpToDateCheck {

  private UpToDateCheck() {}

  /**
   * The verdict for an output folder.
   *
   * @param upToDate nothing needs to be generated
   * @param reason why generation is needed, as a clause that follows "because" (for example
   *     {@code common.json changed}); empty when up to date
   * @param previous the state read from the folder, or {@code null} when it has none or it could
   *     not be read; its outputs are the files the generator owns
   */
  public record Verdict(boolean upToDate, String reason, GenerationState previous) {
    public Verdict {
      Objects.requireNonNull(reason, "reason");
    }

    static Verdict stale(String reason, GenerationState previous) {
      return new Verdict(false, reason, previous);
    }
  }

  /** Checks the folder against the fingerprint of the generation about to run. */
  public static Verdict check(Path outputDirectory, Fingerprint current) throws IOException {
    GenerationState previous;
    try {
      previous = StateFile.read(outputDirectory);
    } catch (StateFile.UnreadableStateException e) {
      return Verdict.stale("the previous state could not be read (" + e.getMessage() + ")", null);
    }
    if (previous == null) {
      return Verdict.stale("there is no previous state", null);
    }
    if (!previous.complete()) {
      return Verdict.stale("the previous generation was interrupted", previous);
    }
    if (!previous.generatorVersion().equals(current.generatorVersion())) {
      return Verdict.stale(
          "the generator version changed ("
              + previous.generatorVersion()
              + " -> "
              + current.generatorVersion()
              + ")",
          previous);
    }
    String options = changedOptions(previous.options(), current.options());
    if (options != null) {
      return Verdict.stale(options, previous);
    }
    String inputs = changedFiles(previous.inputs(), null, "input");
    if (inputs != null) {
      return Verdict.stale(inputs, previous);
    }
    String outputs = changedFiles(previous.outputs(), outputDirectory, "generated file");
    if (outputs != null) {
      return Verdict.stale(outputs, previous);
    }
    String report = previous.options().getOrDefault(Fingerprint.REPORT, "");
    if (!report.isEmpty()) {
      if (previous.report() == null) {
        return Verdict.stale("the report " + report + " was never written", previous);
      }
      String change = describe(previous.report().compare(Path.of(report)));
      if (change != null) {
        return Verdict.stale("the report " + Path.of(report).getFileName() + " " + change, previous);
      }
    }
    return new Verdict(true, "", previous);
  }

  private static String changedOptions(Map<String, String> before, Map<String, String> now) {
    List<String> changed = new ArrayList<>();
    for (String name : now.keySet()) {
      if (!Objects.equals(before.get(name), now.get(name))) {
        changed.add(name);
      }
    }
    for (String name : before.keySet()) {
      if (!now.containsKey(name)) {
        changed.add(name);
      }
    }
    if (changed.isEmpty()) {
      return null;
    }
    return changed.size() == 1
        ? "option " + changed.get(0) + " changed"
        : "options " + String.join(", ", changed) + " changed";
  }

  /**
   * Compares recorded files with the disk.
   *
   * @param base the folder recorded paths are relative to, or {@code null} for absolute paths
   * @return a clause naming the first change and counting the others, or {@code null}
   */
  private static String changedFiles(
      Map<String, FileStamp> recorded, Path base, String noun)
      throws IOException {
    List<String> changes = new ArrayList<>();
    for (Map.Entry<String, FileStamp> entry : recorded.entrySet()) {
      Path file = base == null ? Path.of(entry.getKey()) : base.resolve(entry.getKey());
      String change = describe(entry.getValue().compare(file));
      if (change != null) {
        String name = base == null ? String.valueOf(file.getFileName()) : entry.getKey();
        changes.add((base == null ? "" : noun + " ") + name + " " + change);
      }
    }
    if (changes.isEmpty()) {
      return null;
    }
    if (changes.size() == 1) {
      return changes.get(0);
    }
    int others = changes.size() - 1;
    return changes.get(0) + " (and " + others + " other " + noun + (others == 1 ? ")" : "s)");
  }

  private static String describe(FileStamp.Comparison comparison) {
    return switch (comparison) {
      case SAME -> null;
      case CHANGED -> "changed";
      case MISSING -> "was deleted";
    };
  }
}
