package dev.xmsgen.core.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.runtime.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;

/**
 * An example's parameter value as the Java value a generated method or builder setter takes: text
 * for {@code String}, {@code fromString} for generated enums, {@link Json#mapper()} for everything
 * else (numbers, UUIDs, dates, request bodies).
 */
final class ExampleValues {
  private ExampleValues() {}

  /** {@code value} as the {@code index}th parameter of {@code method} takes it. */
  static Object argument(JsonNode value, Method method, int index) {
    return toJava(
        value, method.getParameterTypes()[index], method.getGenericParameterTypes()[index]);
  }

  private static Object toJava(JsonNode value, Class<?> raw, Type generic) {
    if (raw == String.class) {
      return value.isTextual() ? value.asText() : value.toString();
    }
    Method fromString = fromString(raw);
    if (fromString != null) {
      try {
        return fromString.invoke(null, value.asText());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    ObjectMapper mapper = Json.mapper();
    try {
      return mapper.readerFor(mapper.getTypeFactory().constructType(generic)).readValue(value);
    } catch (IOException e) {
      throw new UncheckedIOException("the example value " + value + " is no " + generic, e);
    }
  }

  /** The {@code static T fromString(String)} of a generated enum, or {@code null}. */
  private static Method fromString(Class<?> type) {
    try {
      Method m = type.getMethod("fromString", String.class);
      return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
