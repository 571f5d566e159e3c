/**
 * The {@code xmsgen} command line ({@link dev.xmsgen.cli.Main}): reads the arguments, runs an
 * incremental generation and prints its outcome, warnings and errors, with an exit code.
 *
 * <p>A thin shell: it may use only generator-core's API (the generator's options and identity, the
 * model's diagnostics, {@code output}) and picocli, never the stages' packages, so the CLI and the
 * Maven plugin generate the same thing from the same options.
 */
package dev.xmsgen.cli;
