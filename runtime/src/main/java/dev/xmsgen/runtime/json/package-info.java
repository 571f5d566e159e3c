/**
 * JSON support for generated models: the text forms of dates, times, durations and base64url
 * ({@link dev.xmsgen.runtime.json.TimeFormats}), the serializers that generated fields name, and
 * the {@link dev.xmsgen.runtime.json.TimeModule} that {@link dev.xmsgen.runtime.Json} registers.
 * Only jackson-databind and the JDK are used; no {@code jackson-datatype-jsr310}.
 */
package dev.xmsgen.runtime.json;
