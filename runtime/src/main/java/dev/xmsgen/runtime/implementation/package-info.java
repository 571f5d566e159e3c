/**
 * For generated code only: the HTTP plumbing generated clients call ({@link
 * dev.xmsgen.runtime.implementation.HttpPipeline}, {@link
 * dev.xmsgen.runtime.implementation.RequestBuilder}, {@link
 * dev.xmsgen.runtime.implementation.BodyType}, ...). Not a stable API: it may change in any
 * release without notice, so do not name these types in your own code.
 *
 * <p>A generated client holds one {@link dev.xmsgen.runtime.implementation.HttpPipeline}. Each
 * operation builds a {@link dev.xmsgen.runtime.implementation.Request} and sends it with {@code
 * send}, {@code paged} or {@code beginLongRunning}. This package depends on {@code
 * dev.xmsgen.runtime}, never the other way round.
 */
package dev.xmsgen.runtime.implementation;
