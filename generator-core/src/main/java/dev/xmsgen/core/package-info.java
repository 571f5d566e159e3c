/**
 * The generator API that the CLI, the Maven plugin and the benchmarks call: {@link
 * dev.xmsgen.core.Generator} runs the stages (parse, the transform passes, emit) on {@link
 * dev.xmsgen.core.GeneratorOptions} and returns a {@link dev.xmsgen.core.GenerationResult} in
 * memory. {@link dev.xmsgen.core.SpecSelection} picks the spec files the shells pass in (named
 * files, and a spec folder's files by include and exclude patterns), the same way for both.
 *
 * <p>This package wires the stages together and holds no stage logic of its own; no stage may
 * depend on it (what they share lives in {@code model}, {@code naming} and {@code generated}), and
 * writing to disk is left to {@code output}.
 */
package dev.xmsgen.core;
