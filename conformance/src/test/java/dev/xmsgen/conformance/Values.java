package dev.xmsgen.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to write the values the scenarios expect, {@code null}s included. */
final class Values {
  private Values() {}

  /** A list that may hold {@code null}. */
  @SafeVarargs
  static <T> List<T> listOf(T... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  /** A map of alternating keys and values, in order; values may be {@code null}. */
  @SuppressWarnings("unchecked")
  static <V> Map<String, V> mapOf(Object... keysAndValues) {
    Map<String, V> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
    }
    return out;
  }

  /** Bytes from unsigned values, as the scenarios write them ({@code [255, 254]}). */
  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
