/**
 * What generated clients run on: JDK {@code java.net.http} and jackson-databind, nothing else.
 *
 * <p>A generated client holds one {@link dev.xmsgen.runtime.HttpPipeline}. Each operation builds a
 * {@link dev.xmsgen.runtime.Request} with {@link dev.xmsgen.runtime.RequestBuilder} and sends it:
 * {@link dev.xmsgen.runtime.HttpPipeline#send} for plain calls, {@link
 * dev.xmsgen.runtime.HttpPipeline#paged} for {@code x-ms-pageable} ones ({@link
 * dev.xmsgen.runtime.PagedIterable}) and {@link dev.xmsgen.runtime.HttpPipeline#beginLongRunning}
 * for {@code x-ms-long-running-operation} ones ({@link dev.xmsgen.runtime.Poller}). Errors are
 * {@link dev.xmsgen.runtime.ApiException}s.
 */
package dev.xmsgen.runtime;
