/**
 * What a generation hands on, whichever stage made it: a {@link
 * dev.xmsgen.core.generated.GeneratedFile} (a path and its text, in memory) and the {@link
 * dev.xmsgen.core.generated.GeneratorIdentity} (name, version, build) that file headers, the report
 * and the output's state name.
 *
 * <p>Plain values on the JDK alone: this package may depend on no other package of the generator,
 * so emit, report, output and the {@code Generator} API can all use it without a cycle.
 */
package dev.xmsgen.core.generated;
