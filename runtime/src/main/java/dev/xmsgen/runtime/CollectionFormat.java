package dev.xmsgen.runtime;

import java.util.Collection;
import java.util.stream.Collectors;

/** How an array parameter is written (Swagger 2.0 {@code collectionFormat}). */
public enum CollectionFormat {
  /** Comma separated: {@code a,b}. */
  CSV(","),
  /** Space separated: {@code a b}. */
  SSV(" "),
  /** Tab separated. */
  TSV("\t"),
  /** Pipe separated: {@code a|b}. */
  PIPES("|"),
  /** One query parameter per element: {@code x=a&x=b}; query parameters only. */
  MULTI(null);

  private final String separator;

  CollectionFormat(String separator) {
    this.separator = separator;
  }

  /**
   * The elements as one string, each written as {@link ParameterValues#format} writes it; a {@code
   * null} element is empty.
   *
   * @throws IllegalStateException for {@link #MULTI}, which has no single-string form
   */
  public String join(Collection<?> values) {
    if (separator == null) {
      throw new IllegalStateException("MULTI repeats the parameter; it cannot be joined");
    }
    return values.stream().map(CollectionFormat::element).collect(Collectors.joining(separator));
  }

  /** One element as text: empty for {@code null}. */
  static String element(Object value) {
    return value == null ? "" : ParameterValues.format(value);
  }
}
