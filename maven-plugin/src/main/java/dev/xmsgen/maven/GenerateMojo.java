package dev.xmsgen.maven;

import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.SpecSelection;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.output.IncrementalGeneration;
import dev.xmsgen.core.output.Outcome;
import dev.xmsgen.core.output.OutputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java models, enums and clients from Swagger 2.0 specs into a source folder that is
 * added to the compile sources.
 *
 * <p>Generation runs only when something changed since the last run: a spec or a file it
 * {@code $ref}s, a parameter, the plugin version, or a generated file. The build log says which.
 * A failed generation leaves the previous output as it was; files in the output folder that the
 * plugin did not write are never touched.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /**
   * The spec files to generate from, loaded together as one API. Files they {@code $ref} are read
   * as well and need not be listed. Used together with the files found in {@link #specDirectory}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.specs")
  private List<File> specs;

  /**
   * A folder in which to look for spec files, selected by {@link #includes} and {@link
   * #excludes}. Used together with {@link #specs}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.specDirectory")
  private File specDirectory;

  /**
   * Ant-style patterns, relative to {@link #specDirectory}, of the spec files to use. Default:
   * {@code **}{@code /*.json}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.includes")
  private List<String> includes;

  /**
   * Ant-style patterns, relative to {@link #specDirectory}, of files to leave out. Default:
   * {@code **}{@code /examples/**}, the examples folder of Azure specs.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.excludes")
  private List<String> excludes;

  /**
   * The source root to write into; it is added to the project's compile sources. The plugin keeps
   * its record of what it wrote in {@code .xmsgen/state.json} there.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "xmsgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/xmsgen",
      required = true)
  private File outputDirectory;

  /**
   * The Java package of the clients, for example {@code com.example.keyvault}; models and enums
   * go to its {@code models} subpackage ({@code com.example.keyvault.models}) unless {@link
   * #flatPackage} is set.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.packageName", required = true)
  private String packageName;

  /**
   * Whether to generate clients for the operations as well as models and enums.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.clients", defaultValue = "true")
  private boolean clients;

  /**
   * Whether models and enums go into {@code packageName} itself, beside the clients, instead of
   * its {@code models} subpackage.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.flatPackage", defaultValue = "false")
  private boolean flatPackage;

  /**
   * The version the generated client names in its {@code User-Agent} ({@code
   * KeyVaultManagementClient/1.4.0}): the project's version unless set. Letters, digits and {@code
   * . _ + -}, at most 64.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.clientVersion", defaultValue = "${project.version}")
  private String clientVersion;

  /**
   * Where to write a JSON report of the generation: the Java type of each schema, the client
   * method of each operation, and every warning. None when not set.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.report")
  private File report;

  /**
   * Where to write reference pages (Markdown): one page per ARM resource, or per operation group
   * for other APIs, and an {@code index.md}. Written as the sources are (only what changed, files
   * the generator does not own left alone), into a folder that must not be {@code
   * outputDirectory}. None when not set.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.docs")
  private File docs;

  /**
   * The folders in which a {@code $ref} may read files. Default: the project's base directory and
   * the folders the spec files are in. A {@code $ref} to a file anywhere else (for example to
   * shared types beside the project) fails with a message naming the file, until its folder is
   * listed here. The spec files given are read wherever they are.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.readRoots")
  private List<File> readRoots;

  /**
   * Whether {@code $ref}s are confined to {@link #readRoots}. Set to {@code false} to let them
   * read any spec file.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.confineReads", defaultValue = "true")
  private boolean confineReads;

  /**
   * Skips generation; the output folder is then not added to the compile sources either.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Generates even when the output is up to date.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.force", defaultValue = "false")
  private boolean force;

  /**
   * Fails the build when a regeneration breaks the Java API of the previous generation (kept in
   * {@code .xmsgen/api.json}), unless {@link #acceptFile} lists the change.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.failOnBreaking", defaultValue = "false")
  private boolean failOnBreaking;

  /**
   * Breaking API changes accepted, each with a reason, for {@link #failOnBreaking}: JSON {@code
   * [{"java", "kind", "reason"}]} or text lines {@code java | kind | reason}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "xmsgen.acceptFile")
  private File acceptFile;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("xmsgen: skipped");
      return;
    }
    List<Path> specFiles = specFiles();
    GeneratorOptions options =
        new GeneratorOptions(
                specFiles, packageName == null ? "" : packageName, clients, flatPackage)
            .withReadRoots(readRoots(specFiles));
    String version = clientVersion == null ? "" : clientVersion.strip();
    try {
      options = options.withClientVersion(version.isEmpty() ? null : version);
    } catch (IllegalArgumentException e) {
      // a project version need not be a product token; the client then names its jar's version
      log.warn("xmsgen: clientVersion: " + e.getMessage() + "; the client names its jar's version");
    }
    IncrementalGeneration.Request request =
        new IncrementalGeneration.Request(
            options,
            outputDirectory.toPath(),
            report == null ? null : report.toPath(),
            force || ApiChangeCheck.refused(outputDirectory));
    List<String> problems = request.problems();
    if (!problems.isEmpty()) {
      throw new MojoFailureException(String.join("\n", problems));
    }

    if (docs != null
        && docs.toPath().toAbsolutePath().normalize()
            .equals(outputDirectory.toPath().toAbsolutePath().normalize())) {
      throw new MojoFailureException("xmsgen: docs must name another folder than outputDirectory");
    }
    Outcome outcome = run(new IncrementalGeneration(), request);
    if (outcome.result() != null) {
      for (Diagnostic warning : outcome.result().model().warnings()) {
        log.warn(warning.toString());
      }
    }
    if (log.isDebugEnabled()) {
      outcome.files().written().forEach(f -> log.debug("xmsgen: written   " + f));
      outcome.files().deleted().forEach(f -> log.debug("xmsgen: deleted   " + f));
    }
    log.info(outcome.summary(shown(outputDirectory)));
    ApiChangeCheck.after(outcome, request.options(), failOnBreaking, acceptFile, log);
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    if (docs != null) {
      Outcome pages =
          run(
              IncrementalGeneration.referencePages(),
              new IncrementalGeneration.Request(
                  request.options(), docs.toPath(), null, request.force()));
      log.info(pages.summary(shown(docs)));
    }
  }

  /** Runs one request, its failures as Maven's exceptions. */
  private static Outcome run(IncrementalGeneration generation, IncrementalGeneration.Request request)
      throws MojoExecutionException, MojoFailureException {
    try {
      return generation.run(request);
    } catch (SpecException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (OutputException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("xmsgen: " + e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new MojoExecutionException(
          "xmsgen: internal error (" + e.getClass().getName() + ") while generating from "
              + request.options().specs() + "; please report it as a bug, with these specs");
    }
  }

  /** The configured specs and those found in the spec folder, each once, in that order. */
  private List<Path> specFiles() throws MojoFailureException {
    List<Path> named = new ArrayList<>();
    if (specs != null) {
      specs.forEach(spec -> named.add(spec.toPath()));
    }
    List<Path> all;
    try {
      all =
          SpecSelection.select(
              named,
              specDirectory == null ? null : specDirectory.toPath(),
              includes,
              excludes);
    } catch (SpecSelection.SelectionException e) {
      throw new MojoFailureException(e.getMessage());
    }
    if (all.isEmpty()) {
      throw new MojoFailureException("no spec file: set specs or specDirectory");
    }
    return all;
  }

  /**
   * The folders {@code $ref}s may read in: none (anywhere) when reads are not confined, else those
   * configured, else the project's base directory and the folders of {@code specFiles}.
   */
  private List<Path> readRoots(List<Path> specFiles) {
    if (!confineReads) {
      return List.of();
    }
    if (readRoots != null && !readRoots.isEmpty()) {
      return readRoots.stream().map(File::toPath).toList();
    }
    List<Path> roots = new ArrayList<>();
    roots.add(project.getBasedir().toPath());
    for (Path spec : specFiles) {
      Path folder = spec.toAbsolutePath().normalize().getParent();
      if (folder != null && !roots.contains(folder)) {
        roots.add(folder);
      }
    }
    return roots;
  }

  /** A folder as the build log shows it: relative to the project when inside it. */
  private String shown(File folder) {
    Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path path = folder.toPath().toAbsolutePath().normalize();
    return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
  }
}
