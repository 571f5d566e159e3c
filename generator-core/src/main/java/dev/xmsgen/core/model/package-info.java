/**
 * The intermediate model: an immutable, complete and printable description of an API, with every
 * Swagger semantic resolved ({@code $ref}s across files, {@code allOf}, discriminators, flattening,
 * {@code x-ms-enum}, Java names) by the time it reaches the emitters.
 *
 * <p>Problems found in the specs are {@link dev.xmsgen.core.model.Diagnostic}s with a file and
 * JSON pointer; a {@link dev.xmsgen.core.model.SpecException} carries the errors of a generation
 * that cannot go on, from whichever stage found them.
 *
 * <p>The parser produces the model; the passes of {@code transform} rewrite and check it (until the
 * enum merging pass, an enum defined in several places is there once per place, and flattened
 * properties are filled in by the flattening pass); the emitters consume it. Records change one
 * field with their {@code with...} methods. This package may use the JDK only: no swagger-parser
 * type, no JavaPoet type and nothing else of the generator appears here, so tests can build and
 * assert on a model without generating code. Every list is in a stable, documented order so output
 * is byte-identical from run to run.
 */
package dev.xmsgen.core.model;
