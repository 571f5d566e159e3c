package dev.xmsgen.cli;

import dev.xmsgen.core.output.IncrementalGeneration;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code xmsgen generate}: specs in, Java sources out, only when something changed. Its options as
 * picocli reads them (and prints them in the help); {@link QuickCommandLine} reads the common
 * command lines the same way without picocli.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = XmsgenCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Generates Java sources (models, enums and clients) from Swagger 2.0 spec files.",
      "DIR is a source root: package com.example goes to DIR/com/example.",
      "",
      "Runs only when something changed: a spec or a file it $refs, an option, the"
          + " generator version, or a generated file. Unchanged files are not rewritten."
          + " A failed run leaves DIR as it was. Files in DIR that xmsgen did not write are"
          + " never touched; its own record is DIR/.xmsgen/state.json.",
      ""
    },
    footer = {
      "",
      "Exit codes: 0 success (generated or up to date); 1 generation failed: the specs have"
          + " errors (each printed as file#pointer: message) or the output could not be written;"
          + " 2 usage error: an unknown or missing option, or a value that cannot be used (an"
          + " invalid package name, a spec file or folder that does not exist, an output folder"
          + " that is a file).",
      "",
      "Examples:",
      "  xmsgen generate --spec specs/keyvault/keyvault.json \\",
      "      --output target/generated --package com.example.keyvault \\",
      "      --report target/xmsgen-report.json",
      "  xmsgen generate --spec-dir specs/keyvault --output target/generated \\",
      "      --package com.example.keyvault"
    })
final class GenerateCommand implements Callable<Integer> {

  private final GenerateRun run;

  @Spec private CommandSpec spec;

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "A spec file, JSON or YAML (.yaml, .yml); repeat for an API split over several"
          + " files. Files it $refs are read too.")
  private List<Path> specs;

  @Option(
      names = "--spec-dir",
      paramLabel = "FOLDER",
      description = "A folder of spec files, all loaded as one API: those matching an --include"
          + " and no --exclude. With --spec, both are used.")
  private Path specDir;

  @Option(
      names = "--include",
      paramLabel = "PATTERN",
      description = "An Ant-style pattern, relative to the --spec-dir FOLDER, of the files to use; repeat"
          + " for several. Default: **/*.json.")
  private List<String> includes;

  @Option(
      names = "--exclude",
      paramLabel = "PATTERN",
      description = "An Ant-style pattern, relative to the --spec-dir FOLDER, of files to leave out; repeat"
          + " for several. Default: **/examples/**.")
  private List<String> excludes;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "The source root to write into; created if missing.")
  private Path output;

  @Option(
      names = "--package",
      required = true,
      paramLabel = "PKG",
      description =
          "The Java package of the clients; models and enums go to PKG.models (see"
              + " --flat-package).")
  private String packageName;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write a JSON report: the Java type of each schema, the client method of"
          + " each operation, every warning.")
  private Path report;

  @Option(
      names = "--docs",
      paramLabel = "FOLDER",
      description = "Also write reference pages (Markdown): one per resource, or per operation"
          + " group, and an index. FOLDER is written as DIR is and must be another folder.")
  private Path docs;

  @Option(
      names = "--read-root",
      paramLabel = "FOLDER",
      description = "Let a $ref read files only inside FOLDER; repeat for several. The spec files"
          + " given are read wherever they are. Default: a $ref may read any spec file.")
  private List<Path> readRoots;

  @Option(
      names = "--client-version",
      paramLabel = "VERSION",
      description = "The version the generated client names in its User-Agent, such as your"
          + " project's. Default: the version of the jar it is packaged in.")
  private String clientVersion;

  @Option(names = "--no-clients", description = "Generate models and enums only.")
  private boolean noClients;

  @Option(
      names = "--flat-package",
      description = "Put models and enums in PKG itself, beside the clients, not in PKG.models.")
  private boolean flatPackage;

  @Option(names = "--force", description = "Generate even when DIR is up to date.")
  private boolean force;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing but errors.")
  private boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also print each file written, unchanged or deleted.")
  private boolean verbose;

  GenerateCommand(IncrementalGeneration generation) {
    this.run = new GenerateRun(generation);
  }

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    try {
      return run.run(arguments(), cl.getOut(), cl.getErr());
    } catch (UsageException e) {
      throw new ParameterException(cl, e.getMessage());
    }
  }

  /** The options picocli read. */
  GenerateArguments arguments() {
    return new GenerateArguments(
        specs == null ? List.of() : specs,
        specDir,
        includes == null ? List.of() : includes,
        excludes == null ? List.of() : excludes,
        output,
        packageName,
        report,
        docs,
        readRoots == null ? List.of() : readRoots,
        noClients,
        flatPackage,
        force,
        quiet,
        verbose,
        clientVersion);
  }
}
