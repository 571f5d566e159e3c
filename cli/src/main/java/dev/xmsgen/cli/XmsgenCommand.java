package dev.xmsgen.cli;

import dev.xmsgen.core.generated.GeneratorIdentity;
import dev.xmsgen.core.output.IncrementalGeneration;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code xmsgen} command as picocli sees it: its subcommands, help, version and errors. */
@Command(
    name = "xmsgen",
    mixinStandardHelpOptions = true,
    versionProvider = XmsgenCommand.Version.class,
    description = "Generates Java models and clients from Azure-style Swagger 2.0 specs.",
    footer = {
      "",
      "Exit codes: 0 success, 1 generation failed (spec errors, or the output could not be"
          + " written), 2 usage error (an option missing, unknown or with a value that cannot be"
          + " used); diff also exits 3 when changes reach --fail-on.",
      "Run 'xmsgen generate --help' or 'xmsgen diff --help' for the options of a command."
    })
final class XmsgenCommand implements Runnable {

  @Spec private CommandSpec spec;

  /**
   * The command line with its subcommands, printing to {@code out} and {@code err}.
   *
   * @param generation what {@code generate} runs
   */
  static CommandLine commandLine(
      IncrementalGeneration generation, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new XmsgenCommand());
    commandLine.addSubcommand("generate", new GenerateCommand(generation));
    commandLine.addSubcommand("diff", new DiffCommand());
    commandLine.addSubcommand("help", new CommandLine.HelpCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (e, args) ->
            Main.usageError(
                e.getMessage(),
                e.getCommandLine().getCommandSpec().qualifiedName(),
                e.getCommandLine().getErr()));
    commandLine.setExecutionExceptionHandler(
        (e, cl, parseResult) -> Main.internalError(e, cl.getErr()));
    return commandLine;
  }

  /** Without a command there is nothing to do: say so, as a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed, for example 'generate'");
  }

  /** {@code xmsgen <version>}, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {GeneratorIdentity.NAME + " " + GeneratorIdentity.version()};
    }
  }
}
