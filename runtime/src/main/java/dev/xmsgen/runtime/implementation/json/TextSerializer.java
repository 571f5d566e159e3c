package dev.xmsgen.runtime.implementation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value as a JSON string in one text form. The base of the runtime's serializers; each
 * subclass names its form.
 *
 * @param <T> the Java type written
 */
public abstract class TextSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Function<T, String> format;

  /**
   * @param type the Java type written
   * @param format turns a value into its text
   */
  protected TextSerializer(Class<T> type, Function<T, String> format) {
    super(type);
    this.format = format;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(format.apply(value));
  }
}
