package dev.xmsgen.cli;

import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.diff.AcceptList;
import dev.xmsgen.core.diff.ApiComparer;
import dev.xmsgen.core.diff.ApiDiff;
import dev.xmsgen.core.diff.FailOn;
import dev.xmsgen.core.diff.JsonReport;
import dev.xmsgen.core.diff.MarkdownReport;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.naming.JavaNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code xmsgen diff}: what changes for Java callers between the API generated from the old specs
 * and the one generated from the new specs, as Markdown or JSON.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = XmsgenCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Compares the Java API generated from the old specs with the one generated from the new"
          + " specs: each change as the Java symbol a caller sees, its cause in both specs"
          + " (file#pointer), and whether it breaks callers.",
      ""
    },
    footer = {
      "",
      "Exit codes: 0 no change reaches --fail-on, 3 a change does, 1 a spec error (printed as"
          + " file#pointer: message), 2 usage error.",
      "",
      "Accept file: JSON [{\"java\": SYMBOL, \"kind\": KIND, \"reason\": TEXT}] or text lines"
          + " 'SYMBOL | KIND | REASON' (KIND may be empty, # starts a comment).",
      "",
      "Example:",
      "  xmsgen diff --old-spec old/keyvault.json --new-spec keyvault.json \\",
      "      --package com.example.keyvault --fail-on breaking"
    })
final class DiffCommand implements Callable<Integer> {

  /** Exit code when a change reaches the {@code --fail-on} level. */
  static final int CHANGES = 3;

  @Spec private CommandSpec spec;

  @Option(
      names = "--old-spec",
      required = true,
      paramLabel = "FILE",
      description = "A spec file of the old API; repeat for an API split over several files.")
  private List<Path> oldSpecs;

  @Option(
      names = "--new-spec",
      required = true,
      paramLabel = "FILE",
      description = "A spec file of the new API; repeat for an API split over several files.")
  private List<Path> newSpecs;

  @Option(
      names = "--package",
      required = true,
      paramLabel = "PKG",
      description = "The Java package the clients are generated in (models in PKG.models).")
  private String packageName;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "markdown",
      description = "markdown (default) or json.")
  private String format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report here instead of printing it.")
  private Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "none",
      description = "breaking, any or none (default): which changes make the exit code 3.")
  private String failOn;

  @Option(
      names = "--accept",
      paramLabel = "FILE",
      description = "Accepted changes, each with a reason: reported, but they no longer fail.")
  private Path accept;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    FailOn level;
    try {
      level = FailOn.of(failOn);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    }
    if (!format.equals("markdown") && !format.equals("json")) {
      throw new ParameterException(cl, "--format must be markdown or json, not '" + format + "'");
    }
    List<String> problems = new ArrayList<>();
    for (Path p : concat(oldSpecs, newSpecs)) {
      if (!Files.isRegularFile(p)) {
        problems.add("spec file not found: " + p);
      }
    }
    if (!validPackage(packageName)) {
      problems.add("package name '" + packageName + "' is not valid");
    }
    AcceptList accepted = AcceptList.none();
    if (accept != null) {
      try {
        accepted = AcceptList.read(accept);
      } catch (IOException e) {
        problems.add("cannot read the accept file: " + accept);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ParameterException(cl, String.join("\nxmsgen: ", problems));
    }

    ApiDiff diff;
    try {
      diff =
          new ApiComparer(new GeneratorOptions(List.of(), packageName))
              .compare(absolute(oldSpecs), absolute(newSpecs))
              .accept(accepted);
    } catch (SpecException e) {
      for (Diagnostic d : e.diagnostics()) {
        err.println(d);
      }
      int n = e.diagnostics().size();
      err.println("xmsgen: " + n + (n == 1 ? " error" : " errors") + " in the specs");
      return Main.FAILED;
    }
    String report = format.equals("json") ? JsonReport.render(diff) : MarkdownReport.render(diff);
    if (output == null) {
      out.print(report);
      out.flush();
    } else {
      try {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(output, report, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("xmsgen: cannot write " + output + ": " + e.getMessage());
        return Main.FAILED;
      }
      out.println("xmsgen: " + diff.summaryLine() + "; report in " + output);
    }
    if (diff.reaches(level)) {
      err.println(
          "xmsgen: changes reach --fail-on " + level + ": " + diff.unacceptedBreaking().size()
              + " breaking change(s) not accepted");
      return CHANGES;
    }
    return Main.OK;
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<Path> absolute(List<Path> specs) {
    return specs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  private static boolean validPackage(String name) {
    if (name.isEmpty()) {
      return true;
    }
    for (String part : name.split("\\.", -1)) {
      if (!part.matches("[A-Za-z_$][A-Za-z0-9_$]*") || JavaNames.isKeyword(part)) {
        return false;
      }
    }
    return true;
  }
}
