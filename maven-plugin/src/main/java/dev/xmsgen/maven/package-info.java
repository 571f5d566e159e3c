/**
 * The Maven plugin: the {@code generate} goal ({@link dev.xmsgen.maven.GenerateMojo}) turns a
 * build's configuration into generator options, runs an incremental generation and adds the output
 * folder to the compile sources.
 *
 * <p>A thin shell like the CLI: it may use only generator-core's API ({@code Generator}'s options,
 * the model's diagnostics, {@code output}) and the Maven API, never the stages' packages.
 */
package dev.xmsgen.maven;
