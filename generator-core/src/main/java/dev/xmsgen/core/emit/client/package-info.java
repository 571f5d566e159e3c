/**
 * Renders the clients of an API: a client class per operation group and the top-level client with
 * its builder, running on the {@code dev.xmsgen.runtime} module ({@link
 * dev.xmsgen.core.emit.client.ClientEmitter}, handed to {@code JavaEmitter} as a {@code
 * FileEmitter}).
 *
 * <p>Builds on {@code emit} (its Java types, Javadoc and file layout); it may use {@code model},
 * {@code naming} and {@code generated} besides, never swagger-parser, {@code parse}, {@code output}
 * or {@code report}, and it names runtime types by name only, without depending on the runtime.
 */
package dev.xmsgen.core.emit.client;
