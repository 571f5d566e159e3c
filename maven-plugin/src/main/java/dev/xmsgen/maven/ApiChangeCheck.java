package dev.xmsgen.maven;

import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.diff.AcceptList;
import dev.xmsgen.core.diff.ApiChange;
import dev.xmsgen.core.diff.ApiComparer;
import dev.xmsgen.core.diff.ApiDiff;
import dev.xmsgen.core.diff.ApiSnapshot;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.output.Outcome;
import dev.xmsgen.core.output.StateFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What the {@code generate} goal says about API changes: it keeps the API it generated last in
 * {@code .xmsgen/api.json}, compares each regeneration with it and logs one line when the Java API
 * changed; with {@code failOnBreaking} it fails the build on breaking changes that the accept file
 * does not list. A refused change leaves {@code .xmsgen/api-refused} behind, so that the next
 * build compares again (the output itself is already regenerated and would count as up to date).
 */
final class ApiChangeCheck {
  static final String REFUSED = "api-refused";

  private ApiChangeCheck() {}

  /** Whether the last build refused an API change: then this one must regenerate to look again. */
  static boolean refused(File outputDirectory) {
    return Files.exists(folder(outputDirectory).resolve(REFUSED));
  }

  private static Path folder(File outputDirectory) {
    return outputDirectory.toPath().resolve(StateFile.FOLDER);
  }

  /**
   * After a generation: the log line, the check, and the new snapshot.
   *
   * @throws MojoFailureException {@code failOnBreaking} is set and breaking changes are not
   *     accepted, or the accept file cannot be read
   */
  static void after(
      Outcome outcome,
      GeneratorOptions options,
      boolean failOnBreaking,
      File acceptFile,
      Log log)
      throws MojoFailureException {
    if (outcome.result() == null) {
      return;
    }
    Path folder = folder(outcome.outputDirectory().toFile());
    Path snapshot = folder.resolve(ApiSnapshot.FILE);
    Path refused = folder.resolve(REFUSED);
    ApiModel now = outcome.result().model();
    ApiModel before = null;
    if (Files.isRegularFile(snapshot)) {
      try {
        before = ApiSnapshot.read(Files.readString(snapshot, StandardCharsets.UTF_8));
      } catch (IOException e) {
        log.debug("xmsgen: the previous API snapshot cannot be read, starting afresh: " + e);
      }
    }
    if (before != null) {
      ApiDiff diff;
      try {
        diff = new ApiComparer(options).compare(before, List.of(), now, List.of());
      } catch (RuntimeException e) {
        // never fail a generation because the comparison could not be made; say so instead
        log.warn("xmsgen: cannot compare the Java API with the previous generation: " + e);
        diff = null;
      }
      if (diff == null) {
        writeSnapshot(folder, snapshot, refused, now, log);
        return;
      }
      if (acceptFile != null) {
        try {
          diff = diff.accept(AcceptList.read(acceptFile.toPath()));
        } catch (IOException e) {
          throw new MojoFailureException("xmsgen: cannot read acceptFile " + acceptFile);
        } catch (IllegalArgumentException e) {
          throw new MojoFailureException("xmsgen: " + e.getMessage());
        }
      }
      if (!diff.changes().isEmpty()) {
        log.info(
            "xmsgen: the Java API changed since the last generation: " + diff.summaryLine()
                + " (the xmsgen:diff goal lists them)");
      }
      List<ApiChange> refusedChanges = diff.unacceptedBreaking();
      if (failOnBreaking && !refusedChanges.isEmpty()) {
        try {
          Files.createDirectories(folder);
          Files.writeString(refused, "", StandardCharsets.UTF_8);
        } catch (IOException e) {
          log.debug("xmsgen: cannot mark the refused change: " + e);
        }
        throw new MojoFailureException(
            "xmsgen: " + refusedChanges.size() + " breaking API change(s), and failOnBreaking is set:\n"
                + refusedChanges.stream().map(c -> "  " + c).collect(Collectors.joining("\n"))
                + "\nList each in the acceptFile with a reason (java | kind | reason) to accept it.");
      }
    }
    writeSnapshot(folder, snapshot, refused, now, log);
  }

  private static void writeSnapshot(
      Path folder, Path snapshot, Path refused, ApiModel now, Log log) {
    try {
      Files.createDirectories(folder);
      Files.writeString(snapshot, ApiSnapshot.write(now), StandardCharsets.UTF_8);
      Files.deleteIfExists(refused);
    } catch (IOException | RuntimeException e) {
      log.warn("xmsgen: cannot keep the API snapshot in " + snapshot + ": " + e.getMessage());
    }
  }
}
