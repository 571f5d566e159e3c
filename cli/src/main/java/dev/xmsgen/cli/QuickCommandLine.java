package dev.xmsgen.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the common command line, {@code generate} with its options, without picocli: setting up
 * picocli's model of the commands costs more than finding an output folder up to date. It reads
 * only what it reads exactly as picocli would ({@code --name value} and {@code --name=value}, each
 * option at most once, {@code --spec}, {@code --include}, {@code --exclude} and {@code
 * --read-root} repeated, every required option present) and declines anything else (help, version, an unknown option, a missing value, a value that looks like an
 * option, an {@code @file}, {@code --}), which then goes to picocli, with its messages.
 */
final class QuickCommandLine {

  /** The options of {@link GenerateCommand} that take no value. */
  static final Set<String> FLAGS =
      Set.of("--no-clients", "--flat-package", "--force", "-q", "--quiet", "-v", "--verbose");

  /** The options of {@link GenerateCommand} that take a value. */
  static final Set<String> VALUES =
      Set.of(
          "--spec",
          "--spec-dir",
          "--include",
          "--exclude",
          "--output",
          "--package",
          "--report",
          "--docs",
          "--read-root",
          "--client-version");

  /** The options of {@link GenerateCommand} that may be given more than once. */
  static final Set<String> REPEATED = Set.of("--spec", "--include", "--exclude", "--read-root");

  private QuickCommandLine() {}

  /** The options of a plain {@code generate} command line, or empty when picocli must read it. */
  static Optional<GenerateArguments> generate(String[] args) {
    if (args.length == 0 || !args[0].equals("generate")) {
      return Optional.empty();
    }
    List<Path> specs = new ArrayList<>();
    Path specDir = null;
    List<String> includes = new ArrayList<>();
    List<String> excludes = new ArrayList<>();
    Path output = null;
    String packageName = null;
    String clientVersion = null;
    Path report = null;
    Path docs = null;
    List<Path> readRoots = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean noClients = false;
    boolean flatPackage = false;
    boolean force = false;
    boolean quiet = false;
    boolean verbose = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String name = equals < 0 ? arg : arg.substring(0, equals);
      String value = equals < 0 ? null : arg.substring(equals + 1);
      if (!REPEATED.contains(name) && !seen.add(name)) {
        return Optional.empty();
      }
      if (FLAGS.contains(name)) {
        if (value != null) {
          return Optional.empty();
        }
        noClients |= name.equals("--no-clients");
        flatPackage |= name.equals("--flat-package");
        force |= name.equals("--force");
        quiet |= name.equals("-q") || name.equals("--quiet");
        verbose |= name.equals("-v") || name.equals("--verbose");
        continue;
      }
      if (!VALUES.contains(name)) {
        return Optional.empty();
      }
      if (value == null) {
        if (i + 1 == args.length) {
          return Optional.empty();
        }
        value = args[++i];
      }
      if (value.startsWith("-") || value.startsWith("@")) {
        return Optional.empty();
      }
      switch (name) {
        case "--package" -> packageName = value;
        case "--client-version" -> clientVersion = value;
        case "--include" -> includes.add(value);
        case "--exclude" -> excludes.add(value);
        default -> {
          Path path;
          try {
            path = Path.of(value);
          } catch (InvalidPathException e) {
            return Optional.empty();
          }
          switch (name) {
            case "--spec" -> specs.add(path);
            case "--spec-dir" -> specDir = path;
            case "--output" -> output = path;
            case "--read-root" -> readRoots.add(path);
            case "--docs" -> docs = path;
            default -> report = path;
          }
        }
      }
    }
    if ((specs.isEmpty() && specDir == null)
        || output == null
        || packageName == null
        || seenTwice(seen)) {
      return Optional.empty();
    }
    return Optional.of(
        new GenerateArguments(
            specs,
            specDir,
            includes,
            excludes,
            output,
            packageName,
            report,
            docs,
            readRoots,
            noClients,
            flatPackage,
            force,
            quiet,
            verbose,
            clientVersion));
  }

  /** Whether a flag was given under both its names ({@code -q --quiet}), which picocli refuses. */
  private static boolean seenTwice(Set<String> seen) {
    return (seen.contains("-q") && seen.contains("--quiet"))
        || (seen.contains("-v") && seen.contains("--verbose"));
  }
}
