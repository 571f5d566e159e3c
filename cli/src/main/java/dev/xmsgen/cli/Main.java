package dev.xmsgen.cli;

import dev.xmsgen.core.output.IncrementalGeneration;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The {@code xmsgen} command line: {@code xmsgen generate --spec FILE --output DIR --package PKG}.
 * The commands and their help are {@link XmsgenCommand}'s; this class only starts them.
 *
 * <p>Exit codes: {@value #OK} success (generated or already up to date), {@value #FAILED} the
 * generation failed (a spec error, each printed as {@code file#pointer: message}; or the output
 * could not be written), {@value #USAGE} a usage error (unknown or missing option, invalid package
 * name, missing spec file).
 */
public final class Main {

  /** Success: generated, or up to date. */
  public static final int OK = 0;

  /** The specs have errors, or the output could not be written. */
  public static final int FAILED = 1;

  /** The command line is wrong. */
  public static final int USAGE = 2;

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, new IncrementalGeneration(), out, err));
  }

  /**
   * Runs a command line, printing to {@code out} and {@code err}, and returns its exit code. A
   * plain {@code generate} command line is read without picocli ({@link QuickCommandLine}), which
   * saves most of an up-to-date run; everything else goes through {@link
   * XmsgenCommand#commandLine}.
   *
   * @param generation what {@code generate} runs
   */
  public static int run(
      String[] args, IncrementalGeneration generation, PrintWriter out, PrintWriter err) {
    Optional<GenerateArguments> quick = QuickCommandLine.generate(args);
    if (quick.isEmpty()) {
      return XmsgenCommand.commandLine(generation, out, err).execute(args);
    }
    try {
      return new GenerateRun(generation).run(quick.get(), out, err);
    } catch (UsageException e) {
      return usageError(e.getMessage(), "xmsgen generate", err);
    } catch (RuntimeException e) {
      return internalError(e, err);
    }
  }

  /** One line saying what is wrong, one saying where help is; no usage dump. */
  static int usageError(String message, String command, PrintWriter err) {
    err.println("xmsgen: " + message);
    err.println("Try '" + command + " --help' for more information.");
    return USAGE;
  }

  /** A bug: said as such, on one line, asking for a report; no stack trace. */
  static int internalError(Exception e, PrintWriter err) {
    err.println(
        "xmsgen: internal error (" + e.getClass().getName() + "); please report it as a bug, with"
            + " the command line and the specs");
    return FAILED;
  }
}
