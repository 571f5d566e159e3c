/**
 * The stable API of generated clients: what your own code names. Building a client ({@link
 * dev.xmsgen.runtime.ClientBuilder}, {@link dev.xmsgen.runtime.ClientOptions}, {@link
 * dev.xmsgen.runtime.TokenCredential}, {@link dev.xmsgen.runtime.RetryOptions}), what its
 * operations return ({@link dev.xmsgen.runtime.Response}, {@link dev.xmsgen.runtime.PagedIterable},
 * {@link dev.xmsgen.runtime.Poller}) and what they throw ({@link dev.xmsgen.runtime.ApiException},
 * {@link dev.xmsgen.runtime.UntrustedUrlException}). {@link dev.xmsgen.runtime.Json#mapper()} reads
 * and writes generated models; requests and responses are logged at {@code DEBUG} to the {@code
 * System.Logger} named {@code dev.xmsgen.runtime.http}.
 *
 * <p>This package is the stable API: its types change only on purpose, and compatibly wherever
 * possible. Nothing here exposes {@code dev.xmsgen.runtime.implementation}, which is what generated
 * code calls and may change in any release.
 */
package dev.xmsgen.runtime;
