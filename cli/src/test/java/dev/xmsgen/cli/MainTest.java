package dev.xmsgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.generated.GeneratorIdentity;
import dev.xmsgen.core.output.IncrementalGeneration;
import org.junit.jupiter.api.Test;

class MainTest {

  private final Cli cli =
      new Cli(
          new IncrementalGeneration(
              options -> {
                throw new AssertionError("help and version must not generate");
              },
              "test"));

  @Test
  void helpListsTheCommands() {
    assertEquals(0, cli.run("--help"));
    assertTrue(cli.out().startsWith("Usage: xmsgen [-hV] [COMMAND]"), cli.out());
    assertTrue(cli.out().contains("  generate  "), cli.out());
    assertTrue(cli.out().contains("Exit codes: 0 success"), cli.out());
  }

  @Test
  void generateHelpListsEveryOption() {
    assertEquals(0, cli.run("generate", "--help"));
    String help = cli.out();
    assertTrue(help.startsWith("Usage: xmsgen generate "), help);
    for (String option :
        new String[] {
          "--spec=FILE", "--spec-dir=FOLDER", "--include=PATTERN", "--exclude=PATTERN",
          "--output=DIR", "--package=PKG", "--report=FILE", "--no-clients",
          "--force", "-q, --quiet", "-v, --verbose", "-h, --help", "-V, --version"
        }) {
      assertTrue(help.contains(option), option + " missing from:\n" + help);
    }
    assertEquals(0, cli.run("help", "generate"));
    assertEquals(help, cli.out());
  }

  @Test
  void versionIsTheGenerators() {
    assertEquals(0, cli.run("--version"));
    assertEquals("xmsgen " + GeneratorIdentity.version() + "\n", cli.out());
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(2, cli.run());
    assertEquals(
        "xmsgen: a command is needed, for example 'generate'\n"
            + "Try 'xmsgen --help' for more information.\n",
        cli.err());
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(2, cli.run("generat"));
    assertTrue(cli.err().startsWith("xmsgen: Unmatched argument at index 0: 'generat'"), cli.err());
  }
}
