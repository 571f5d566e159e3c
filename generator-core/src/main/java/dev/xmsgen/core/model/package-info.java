/**
 * The intermediate model: an immutable, complete and printable description of an API, with every
 * Swagger semantic already resolved ({@code $ref}s across files, {@code allOf}, discriminators,
 * flattening, {@code x-ms-enum}, Java names).
 *
 * <p>The parser produces it; the emitters consume it. No swagger-parser type and no JavaPoet type
 * appears here, so tests can assert on a model without generating code. Every list is in a stable,
 * documented order so output is byte-identical from run to run.
 */
package dev.xmsgen.core.model;
