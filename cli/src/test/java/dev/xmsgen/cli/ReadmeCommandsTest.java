package dev.xmsgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.output.IncrementalGeneration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CLI command the README shows in a {@code sh} block runs, as written, and succeeds: the
 * quick start's and those of "Use it from the command line". Paths under {@code specs/} are the
 * repository's; those under {@code target/} go to a temporary folder. A renamed option, a moved
 * sample spec or a changed exit code fails here.
 */
class ReadmeCommandsTest {
  private static final Path ROOT =
      Path.of(System.getProperty("xmsgen.projectSpecs", "../specs")).getParent();

  /** The CLI as the README invokes it: the jar, or the launcher the build writes beside it. */
  private static final Pattern COMMAND =
      Pattern.compile("(?:java -jar cli/target/cli\\.jar|cli/target/xmsgen) ([^\\n&|;]*)");

  @TempDir Path work;

  /** The argument lists of the README's CLI commands, in the README's order. */
  static List<String[]> commands() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    List<String[]> out = new ArrayList<>();
    Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (block.find()) {
      Matcher command = COMMAND.matcher(block.group(1));
      while (command.find()) {
        out.add(command.group(1).trim().split("\\s+"));
      }
    }
    return out;
  }

  @Test
  void everyCommandInTheReadmeRunsAndSucceeds() throws Exception {
    List<String[]> commands = commands();
    assertTrue(commands.size() >= 5, "the README shows the CLI commands: " + commands.size());
    Cli cli = new Cli(new IncrementalGeneration());
    for (String[] command : commands) {
      String[] args = Arrays.stream(command).map(this::located).toArray(String[]::new);
      String shown = String.join(" ", command);

      int code = cli.run(args);

      assertEquals(0, code, shown + "\n" + cli.err());
      List<String> options = List.of(command);
      if (options.contains("--help")) {
        assertTrue(cli.out().startsWith("Usage: xmsgen generate "), cli.out());
      } else if (options.contains("-q")) {
        assertEquals("", cli.out(), shown);
      } else {
        assertTrue(cli.out().contains("xmsgen: "), shown + "\n" + cli.out());
        if (options.contains("-v")) {
          assertTrue(cli.out().contains("  written   com/example/keyvault/VaultsClient.java"), cli.out());
        }
        if (options.contains("--report")) {
          Path report = Path.of(located(options.get(options.indexOf("--report") + 1)));
          assertTrue(Files.readString(report).contains("\"operations\""), shown);
        }
      }
    }
  }

  /** A README path as this test uses it: the repository's specs, a temporary target. */
  private String located(String arg) {
    if (arg.startsWith("specs/")) {
      return ROOT.resolve(arg).toString();
    }
    if (arg.startsWith("target/")) {
      return work.resolve(arg).toString();
    }
    return arg;
  }
}
