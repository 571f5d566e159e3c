/**
 * The intermediate model: an immutable, complete and printable description of an API, with every
 * Swagger semantic resolved ({@code $ref}s across files, {@code allOf}, discriminators, flattening,
 * {@code x-ms-enum}, Java names) by the time it reaches the emitters.
 *
 * <p>The parser produces it; the passes of {@code transform} rewrite and check it (until the enum
 * merging pass, an enum defined in several places is there once per place, and flattened
 * properties are filled in by the flattening pass); the emitters consume it. Records change one
 * field with their {@code with...} methods. No swagger-parser type and no JavaPoet type
 * appears here, so tests can assert on a model without generating code. Every list is in a stable,
 * documented order so output is byte-identical from run to run.
 */
package dev.xmsgen.core.model;
