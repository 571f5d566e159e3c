/**
 * The emit stage: renders the intermediate model as Java source files in memory, one class per
 * model, one enum or open-enum class per enum ({@link dev.xmsgen.core.emit.JavaEmitter}), every
 * file through {@link dev.xmsgen.core.emit.JavaSourceFile} for one header and layout.
 *
 * <p>The only package tree that uses JavaPoet. It renders what the model says and decides nothing
 * about the specs: it may use {@code model}, {@code naming} and {@code generated}, never
 * swagger-parser, {@code parse}, {@code output} or {@code report}. The clients are rendered in
 * {@code emit.client}, which builds on this package, so this package never refers to it.
 */
package dev.xmsgen.core.emit;
