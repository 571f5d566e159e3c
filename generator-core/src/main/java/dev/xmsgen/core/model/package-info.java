/**
 * The intermediate model: an immutable, complete and printable description of an API, with every
 * Swagger semantic already resolved ({@code $ref}s across files, {@code allOf}, discriminators,
 * flattening, {@code x-ms-enum}, Java names).
 *
 * <p>Problems found in the specs are {@link dev.xmsgen.core.model.Diagnostic}s with a file and
 * JSON pointer; a {@link dev.xmsgen.core.model.SpecException} carries the errors of a generation
 * that cannot go on, from whichever stage found them.
 *
 * <p>The parser produces the model; the passes rewrite it; the emitters consume it. This package
 * may use the JDK only: no swagger-parser type, no JavaPoet type and nothing else of the generator
 * appears here, so tests can build and assert on a model without generating code. Every list is in
 * a stable, documented order so output is byte-identical from run to run.
 */
package dev.xmsgen.core.model;
