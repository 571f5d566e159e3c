package dev.xmsgen.cli;

import dev.xmsgen.core.output.IncrementalGeneration;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as {@code main} does, and keeps what it printed. */
final class Cli {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  private final IncrementalGeneration generation;

  Cli(IncrementalGeneration generation) {
    this.generation = generation;
  }

  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, generation, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}
