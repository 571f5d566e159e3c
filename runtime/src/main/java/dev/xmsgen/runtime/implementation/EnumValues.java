package dev.xmsgen.runtime.implementation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Between a list or map of a closed enum's wire values, as a generated model holds them, and the
 * enum's constants, as its accessors give and take them. Order and {@code null}s are kept.
 */
public final class EnumValues {
  private EnumValues() {}

  /**
   * Each value converted, in order; a {@code null} value stays {@code null}.
   *
   * @param values the values, or {@code null}
   * @param convert the conversion of a non-null value
   * @param <A> the values' type
   * @param <B> the converted values' type
   * @return a new list, or {@code null} for {@code null}
   */
  public static <A, B> List<B> list(List<A> values, Function<A, B> convert) {
    if (values == null) {
      return null;
    }
    List<B> out = new ArrayList<>(values.size());
    for (A v : values) {
      out.add(v == null ? null : convert.apply(v));
    }
    return out;
  }

  /**
   * Each value converted, keys and order kept; a {@code null} value stays {@code null}.
   *
   * @param values the values, or {@code null}
   * @param convert the conversion of a non-null value
   * @param <A> the values' type
   * @param <B> the converted values' type
   * @return a new map, or {@code null} for {@code null}
   */
  public static <A, B> Map<String, B> map(Map<String, A> values, Function<A, B> convert) {
    if (values == null) {
      return null;
    }
    Map<String, B> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, v == null ? null : convert.apply(v)));
    return out;
  }
}
