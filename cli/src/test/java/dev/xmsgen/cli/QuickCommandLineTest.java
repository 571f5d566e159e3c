package dev.xmsgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The quick reading of {@code generate} command lines agrees with picocli: whatever it reads,
 * picocli reads the same way; whatever picocli refuses or treats specially, it leaves to picocli.
 */
class QuickCommandLineTest {

  private static final String[] BASE = {
    "generate", "--spec", "a.json", "--output", "out", "--package", "com.example"
  };

  private static String[] with(String... extra) {
    List<String> args = new ArrayList<>(List.of(BASE));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  /** What picocli reads, or empty when it refuses the command line or does not run generate. */
  private static Optional<GenerateArguments> picocli(String[] args) {
    CommandLine cl = XmsgenCommand.commandLine(null, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    try {
      CommandLine.ParseResult parsed = cl.parseArgs(args);
      if (!parsed.hasSubcommand()
          || parsed.subcommand().isUsageHelpRequested()
          || parsed.subcommand().isVersionHelpRequested()) {
        return Optional.empty();
      }
      GenerateCommand command = (GenerateCommand) parsed.subcommand().commandSpec().userObject();
      return Optional.of(command.arguments());
    } catch (CommandLine.ParameterException e) {
      return Optional.empty();
    }
  }

  @Test
  void readsWhatPicocliReadsTheSameWay() {
    List<String[]> lines =
        List.of(
            BASE,
            with("--spec", "b.json", "--spec=c.json"),
            with("--report", "r.json", "--no-clients", "--force", "-q"),
            with("--flat-package"),
            with("--quiet", "--verbose"),
            with("-v"),
            with("--report=r.json"),
            new String[] {"generate", "--package=p", "--output=o o", "--spec=s.json"},
            new String[] {"generate", "--spec", "a.json", "--output", "", "--package", ""},
            new String[] {"generate", "--spec-dir", "specs", "--output", "o", "--package", "p"},
            with("--spec-dir=specs", "--include", "**/*.yaml", "--include=x/", "--exclude", "e/**"),
            with("--read-root", "specs", "--read-root=common"),
            with("--client-version", "2.0.1"));
    for (String[] line : lines) {
      Optional<GenerateArguments> quick = QuickCommandLine.generate(line);
      assertTrue(quick.isPresent(), String.join(" ", line));
      assertEquals(picocli(line), quick, String.join(" ", line));
    }
    GenerateArguments a = QuickCommandLine.generate(with("--spec", "b.json", "--force")).get();
    assertEquals(List.of(Path.of("a.json"), Path.of("b.json")), a.specs());
    assertTrue(a.force());
    GenerateArguments d =
        QuickCommandLine.generate(with("--spec-dir", "s", "--include=*.yaml", "--include", "x/"))
            .get();
    assertEquals(Path.of("s"), d.specDir());
    assertEquals(List.of("*.yaml", "x/"), d.includes());
    assertEquals(List.of(), d.excludes());
    assertTrue(QuickCommandLine.generate(with("--flat-package")).get().flatPackage());
    assertEquals(
        List.of(Path.of("specs"), Path.of("common")),
        QuickCommandLine.generate(with("--read-root", "specs", "--read-root=common"))
            .get()
            .readRoots());
  }

  @Test
  void leavesEverythingElseToPicocli() {
    List<String[]> lines =
        List.of(
            new String[] {},
            new String[] {"--help"},
            new String[] {"help", "generate"},
            new String[] {"generat", "--spec", "a.json", "--output", "o", "--package", "p"},
            new String[] {"generate", "--spec", "a.json"},
            with("--help"),
            with("-h"),
            with("--version"),
            with("-qv"),
            with("-q", "--quiet"),
            with("--force", "--force"),
            with("--output", "other"),
            with("--spec-dir", "a", "--spec-dir", "b"),
            with("--include"),
            with("--exclude", "--force"),
            with("--report"),
            with("--report", "--force"),
            with("--report", "-r.json"),
            with("--force=true"),
            with("--colour"),
            with("extra"),
            with("--"),
            with("@options.txt"),
            with("--spec", "@specs.txt"),
            with("--spec=\0"));
    for (String[] line : lines) {
      assertEquals(Optional.empty(), QuickCommandLine.generate(line), String.join(" ", line));
    }
  }

  @Test
  void knowsEveryOptionOfTheGenerateCommand() {
    // Else a new option would silently send every command line through picocli, or worse, a
    // changed one be read differently.
    Set<String> flags = new TreeSet<>();
    Set<String> values = new TreeSet<>();
    for (Field field : GenerateCommand.class.getDeclaredFields()) {
      CommandLine.Option option = field.getAnnotation(CommandLine.Option.class);
      if (option != null) {
        (field.getType() == boolean.class ? flags : values).addAll(List.of(option.names()));
      }
    }
    assertEquals(flags, new TreeSet<>(QuickCommandLine.FLAGS));
    assertEquals(values, new TreeSet<>(QuickCommandLine.VALUES));
  }
}
