/**
 * The generator API that the CLI, the Maven plugin and the benchmarks call: {@link
 * dev.xmsgen.core.Generator} runs the stages (parse, the transform passes, emit) on {@link
 * dev.xmsgen.core.GeneratorOptions} and returns a {@link dev.xmsgen.core.GenerationResult} in
 * memory.
 *
 * <p>This package wires the stages together and holds no stage logic of its own; no stage may
 * depend on it (what they share lives in {@code model}, {@code naming} and {@code generated}), and
 * writing to disk is left to {@code output}.
 */
package dev.xmsgen.core;
