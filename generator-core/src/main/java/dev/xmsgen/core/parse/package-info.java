/**
 * The parse stage: reads Swagger 2.0 files, loaded together as one API, into the intermediate
 * model, resolving every {@code $ref}, {@code allOf}, discriminator and name on the way ({@link
 * dev.xmsgen.core.parse.SpecParser} is the entry point); problems become diagnostics with a file
 * and JSON pointer.
 *
 * <p>The only package that uses swagger-parser, whose types and the parser's own drafts never
 * leave it. It may use {@code model}, {@code naming} and the {@code transform} passes, never
 * JavaPoet, {@code emit}, {@code output}, {@code report} or the {@code Generator} API that calls it.
 */
package dev.xmsgen.core.parse;
