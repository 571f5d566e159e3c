/**
 * For generated code only: the JSON forms of dates, times, durations and base64url ({@link
 * dev.xmsgen.runtime.implementation.json.TimeFormats}), the serializers that generated fields
 * name, and what {@code x-nullable} fields hold ({@link
 * dev.xmsgen.runtime.implementation.json.Explicit}).
 * Not a stable API: it may change in any release without notice. Only jackson-databind and the JDK
 * are used, and nothing else of the runtime.
 */
package dev.xmsgen.runtime.implementation.json;
