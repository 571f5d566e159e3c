/**
 * The transform stage: the passes between parse and emit, each a {@link
 * dev.xmsgen.core.transform.Pass} from a model to a model (with diagnostics), run in the order of
 * {@link dev.xmsgen.core.transform.Passes#ALL}: naming ({@link
 * dev.xmsgen.core.transform.MemberNames}), enum merging ({@link
 * dev.xmsgen.core.transform.EnumMerger}), flattening ({@link
 * dev.xmsgen.core.transform.FlatteningResolver}), parameter grouping ({@link
 * dev.xmsgen.core.transform.ParameterGroups}) and validation ({@link
 * dev.xmsgen.core.transform.ModelValidator}).
 *
 * <p>A pass sees only the model: it may use {@code model} and {@code naming}, never swagger-parser,
 * JavaPoet, spec files or another stage's package.
 */
package dev.xmsgen.core.transform;
