package dev.xmsgen.cli;

import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.SpecSelection;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.output.IncrementalGeneration;
import dev.xmsgen.core.output.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of {@code xmsgen generate} once its command line is read: generates when something
 * changed and prints the outcome (one summary line, warnings, with {@code --verbose} every file).
 */
final class GenerateRun {
  private final IncrementalGeneration generation;

  GenerateRun(IncrementalGeneration generation) {
    this.generation = generation;
  }

  /**
   * Runs and returns the exit code: {@link Main#OK} or {@link Main#FAILED}.
   *
   * @throws UsageException when the options cannot be used together or name unusable files
   */
  int run(GenerateArguments args, PrintWriter out, PrintWriter err) {
    if (args.quiet() && args.verbose()) {
      throw new UsageException("--quiet and --verbose cannot be used together");
    }
    if (args.specDir() == null && !(args.includes().isEmpty() && args.excludes().isEmpty())) {
      throw new UsageException("--include and --exclude select files of a --spec-dir FOLDER");
    }
    List<Path> specs;
    try {
      specs = SpecSelection.select(args.specs(), args.specDir(), args.includes(), args.excludes());
    } catch (SpecSelection.SelectionException e) {
      throw new UsageException(e.getMessage());
    }
    if (specs.isEmpty()) {
      throw new UsageException("no spec given: use --spec FILE or --spec-dir FOLDER");
    }
    IncrementalGeneration.Request request =
        new IncrementalGeneration.Request(
            options(specs, args),
            args.output(),
            args.report(),
            args.force());
    List<String> problems = request.problems();
    if (!problems.isEmpty()) {
      throw new UsageException(String.join("\nxmsgen: ", problems));
    }

    Path docsRoot = args.docs() == null ? null : args.docs().toAbsolutePath().normalize();
    if (docsRoot != null && docsRoot.equals(args.output().toAbsolutePath().normalize())) {
      throw new UsageException("--docs must name another folder than --output");
    }
    Outcome outcome = runReporting(generation, request, args.output(), err);
    if (outcome == null) {
      return Main.FAILED;
    }
    Outcome docs = null;
    if (docsRoot != null) {
      IncrementalGeneration.Request docsRequest =
          new IncrementalGeneration.Request(request.options(), args.docs(), null, args.force());
      docs = runReporting(IncrementalGeneration.referencePages(), docsRequest, args.docs(), err);
      if (docs == null) {
        return Main.FAILED;
      }
    }

    if (!args.quiet()) {
      if (outcome.result() != null) {
        for (Diagnostic warning : outcome.result().model().warnings()) {
          err.println("warning: " + warning);
        }
      }
      if (args.verbose()) {
        outcome.files().written().forEach(f -> out.println("  written   " + f));
        if (!outcome.upToDate()) {
          outcome.files().unchanged().forEach(f -> out.println("  unchanged " + f));
        }
        outcome.files().deleted().forEach(f -> out.println("  deleted   " + f));
      }
      out.println(outcome.summary(args.output().toString()));
      if (docs != null) {
        out.println(docs.summary(args.docs().toString()));
      }
    }
    return Main.OK;
  }

  /** Runs one request; on failure prints why, on one line each, and returns {@code null}. */
  /** The generator's options from the command line; a malformed client version is a usage error. */
  private static GeneratorOptions options(List<Path> specs, GenerateArguments args) {
    try {
      return new GeneratorOptions(specs, args.packageName(), !args.noClients(), args.flatPackage())
          .withReadRoots(args.readRoots())
          .withClientVersion(args.clientVersion());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--client-version: " + e.getMessage());
    }
  }

  private static Outcome runReporting(
      IncrementalGeneration generation,
      IncrementalGeneration.Request request,
      Path shown,
      PrintWriter err) {
    try {
      return generation.run(request);
    } catch (SpecException e) {
      for (Diagnostic d : e.diagnostics()) {
        err.println(d);
      }
      int n = e.diagnostics().size();
      err.println(
          "xmsgen: "
              + n
              + (n == 1 ? " error" : " errors")
              + " in the specs; "
              + shown
              + " was left as it was");
    } catch (IOException e) {
      err.println("xmsgen: " + e.getMessage().replace("\n", "\nxmsgen: "));
    } catch (RuntimeException | StackOverflowError e) {
      err.println(
          "xmsgen: internal error (" + e.getClass().getName() + ") while generating from "
              + request.options().specs() + "; please report it as a bug, with these specs");
    }
    return null;
  }
}
