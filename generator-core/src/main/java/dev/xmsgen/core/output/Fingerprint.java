package dev.xmsgen.core.output;

import dev.xmsgen.core.GeneratorOptions;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything besides the spec files that decides what a generation writes: the generator's
 * version and every option, each rendered as a string under its name.
 *
 * <p>The options are read from {@link GeneratorOptions}' record components, so an option added
 * there is taken into account without changing this class. Paths are made absolute and normalized;
 * a list of paths is joined with the platform's path separator. The report file is one more
 * option, {@code report} (empty when none is asked for).
 *
 * @param generatorVersion the generator's version
 * @param options option name to rendered value, sorted by name
 */
public record Fingerprint(String generatorVersion, SortedMap<String, String> options) {

  /** The name of the report option. */
  public static final String REPORT = "report";

  public Fingerprint {
    options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
  }

  /**
   * The fingerprint of one request.
   *
   * @param report the report file, or {@code null}
   */
  public static Fingerprint of(GeneratorOptions options, Path report, String generatorVersion) {
    SortedMap<String, String> rendered = new TreeMap<>();
    for (RecordComponent component : GeneratorOptions.class.getRecordComponents()) {
      rendered.put(component.getName(), render(value(component, options)));
    }
    rendered.put(REPORT, report == null ? "" : render(report));
    return new Fingerprint(generatorVersion, rendered);
  }

  private static Object value(RecordComponent component, GeneratorOptions options) {
    try {
      return component.getAccessor().invoke(options);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read option " + component.getName(), e);
    }
  }

  private static String render(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Path path) {
      return path.toAbsolutePath().normalize().toString();
    }
    if (value instanceof Collection<?> values) {
      // a loop, not a stream: this runs before every up-to-date check, where the first stream or
      // lambda of the process would cost more than the check
      StringBuilder joined = new StringBuilder();
      boolean first = true;
      for (Object v : values) {
        if (!first) {
          joined.append(File.pathSeparator);
        }
        first = false;
        joined.append(render(v));
      }
      return joined.toString();
    }
    return String.valueOf(value);
  }
}
