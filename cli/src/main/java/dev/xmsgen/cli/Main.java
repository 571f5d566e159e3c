package dev.xmsgen.cli;

import dev.xmsgen.core.Generator;
import dev.xmsgen.core.output.IncrementalGeneration;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code xmsgen} command line: {@code xmsgen generate --spec FILE --output DIR --package PKG}.
 *
 * <p>Exit codes: {@value #OK} success (generated or already up to date), {@value #FAILED} the
 * generation failed (a spec error, each printed as {@code file#pointer: message}; or the output
 * could not be written), {@value #USAGE} a usage error (unknown or missing option, invalid package
 * name, missing spec file).
 */
@Command(
    name = "xmsgen",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Generates Java models and clients from Azure-style Swagger 2.0 specs.",
    footer = {
      "",
      "Exit codes: 0 success, 1 generation failed (spec error or output problem), 2 usage error.",
      "Run 'xmsgen generate --help' for the options of a command."
    })
public final class Main implements Runnable {

  /** Success: generated, or up to date. */
  public static final int OK = 0;

  /** The specs have errors, or the output could not be written. */
  public static final int FAILED = 1;

  /** The command line is wrong. */
  public static final int USAGE = 2;

  @Spec private CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(commandLine(new IncrementalGeneration(), out, err).execute(args));
  }

  /**
   * The command line with its subcommands, printing to {@code out} and {@code err}.
   *
   * @param generation what {@code generate} runs
   */
  public static CommandLine commandLine(
      IncrementalGeneration generation, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.addSubcommand("generate", new GenerateCommand(generation));
    commandLine.addSubcommand("help", new CommandLine.HelpCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler(
        (e, cl, parseResult) -> {
          cl.getErr().println("xmsgen: internal error: " + e);
          e.printStackTrace(cl.getErr());
          return FAILED;
        });
    return commandLine;
  }

  /** Without a command there is nothing to do: say so, as a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed, for example 'generate'");
  }

  /** One line saying what is wrong, one saying where help is; no usage dump. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("xmsgen: " + e.getMessage());
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    return USAGE;
  }

  /** {@code xmsgen <version>}, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Generator.NAME + " " + Generator.version()};
    }
  }
}
