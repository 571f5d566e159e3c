package dev.xmsgen.maven;

import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.diff.AcceptList;
import dev.xmsgen.core.diff.ApiChange;
import dev.xmsgen.core.diff.ApiComparer;
import dev.xmsgen.core.diff.ApiDiff;
import dev.xmsgen.core.diff.FailOn;
import dev.xmsgen.core.diff.JsonReport;
import dev.xmsgen.core.diff.MarkdownReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the Java API generated from {@link #oldSpecs} with the one generated from {@link
 * #newSpecs}: logs each change (the Java symbol, what changed, where in both specs), writes the
 * report, and fails the build when a change reaches {@link #failOn}.
 *
 * @since 0.1.0
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractMojo {

  /**
   * The spec files of the old API.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.oldSpecs", required = true)
  private List<File> oldSpecs;

  /**
   * The spec files of the new API.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.newSpecs", required = true)
  private List<File> newSpecs;

  /**
   * The Java package of the clients, as for {@code generate}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.packageName", required = true)
  private String packageName;

  /**
   * Whether models and enums are generated beside the clients, as for {@code generate}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.flatPackage", defaultValue = "false")
  private boolean flatPackage;

  /**
   * Which changes fail the build: {@code breaking}, {@code any} or {@code none}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.failOn", defaultValue = "none")
  private String failOn;

  /**
   * Accepted changes, each with a reason (JSON {@code [{"java", "kind", "reason"}]} or text lines
   * {@code java | kind | reason}): reported, but they no longer fail the build.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.accept")
  private File accept;

  /**
   * Where to write the report; {@code .json} gives JSON, anything else Markdown.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "xmsgen.diffReport",
      defaultValue = "${project.build.directory}/xmsgen-api-diff.md")
  private File report;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    FailOn level;
    try {
      level = FailOn.of(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("xmsgen: " + e.getMessage());
    }
    AcceptList accepted = AcceptList.none();
    if (accept != null) {
      try {
        accepted = AcceptList.read(accept.toPath());
      } catch (IOException e) {
        throw new MojoFailureException("xmsgen: cannot read accept file " + accept);
      } catch (IllegalArgumentException e) {
        throw new MojoFailureException("xmsgen: " + e.getMessage());
      }
    }
    ApiDiff diff;
    try {
      diff =
          new ApiComparer(new GeneratorOptions(List.of(), packageName, true, flatPackage))
              .compare(paths(oldSpecs), paths(newSpecs))
              .accept(accepted);
    } catch (SpecException e) {
      throw new MojoFailureException(e.getMessage());
    }
    for (ApiChange c : diff.changes()) {
      String reason = diff.accepted().get(c);
      String line = "xmsgen: " + (c.breaking() ? "breaking " : "") + c
          + (reason == null ? "" : " (accepted: " + reason + ")");
      if (c.breaking() && reason == null) {
        log.warn(line);
      } else {
        log.info(line);
      }
    }
    try {
      Path out = report.toPath();
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      String text =
          report.getName().endsWith(".json") ? JsonReport.render(diff) : MarkdownReport.render(diff);
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("xmsgen: cannot write " + report + ": " + e.getMessage(), e);
    }
    log.info("xmsgen: API diff: " + diff.summaryLine() + "; report in " + report);
    if (diff.reaches(level)) {
      throw new MojoFailureException(
          "xmsgen: API changes reach failOn " + level + ": " + diff.unacceptedBreaking().size()
              + " breaking change(s) not accepted");
    }
  }

  private static List<Path> paths(List<File> files) throws MojoFailureException {
    if (files == null || files.isEmpty()) {
      throw new MojoFailureException("xmsgen: oldSpecs and newSpecs each need a spec file");
    }
    for (File f : files) {
      if (!f.isFile()) {
        throw new MojoFailureException("xmsgen: spec file not found: " + f);
      }
    }
    return files.stream().map(f -> f.toPath().toAbsolutePath().normalize()).toList();
  }
}
