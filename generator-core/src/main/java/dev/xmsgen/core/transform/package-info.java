/**
 * The passes over the intermediate model, each from a model to a model (with diagnostics): enum
 * merging ({@link dev.xmsgen.core.transform.EnumMerger}) and flattening ({@link
 * dev.xmsgen.core.transform.FlatteningResolver}).
 *
 * <p>A pass sees only the model: it may use {@code model} and {@code naming}, never swagger-parser,
 * JavaPoet, spec files or another stage's package.
 */
package dev.xmsgen.core.transform;
