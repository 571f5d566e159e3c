/**
 * Reference pages: one Markdown page per ARM resource (or, for an API without resources, per
 * operation group) and an index, for people who call the generated client.
 *
 * <p>{@link dev.xmsgen.core.docs.PagePlanner} reads the transformed {@link
 * dev.xmsgen.core.model.ApiModel} into page records ({@link dev.xmsgen.core.docs.ReferencePage},
 * {@link dev.xmsgen.core.docs.DocSet}); {@link dev.xmsgen.core.docs.MarkdownWriter} only writes
 * those records as text. {@link dev.xmsgen.core.docs.ReferenceDocs} runs both.
 *
 * <p>This package reads the vocabulary ({@code model}, {@code naming}, {@code generated}) alone: no
 * swagger-parser types, no JavaPoet, nothing of parse, transform or emit. Names it shows for
 * generated code (clients, accessors, getters) come from the same {@code naming} rules the
 * emitters follow. Output is deterministic: the same model gives byte-identical pages.
 */
package dev.xmsgen.core.docs;
