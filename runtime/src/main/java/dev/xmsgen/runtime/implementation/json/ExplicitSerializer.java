package dev.xmsgen.runtime.implementation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes an {@link Explicit} as its value, and an explicit {@code null} as JSON {@code null}. A
 * {@code java.time} value is written in the runtime's form whichever mapper writes it, so a model
 * reads and writes the same JSON through a plain {@code ObjectMapper}.
 */
public final class ExplicitSerializer extends StdSerializer<Explicit<?>> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public ExplicitSerializer() {
    super((Class) Explicit.class);
  }

  @Override
  public void serialize(Explicit<?> explicit, JsonGenerator json, SerializerProvider provider)
      throws IOException {
    Object value = explicit.value();
    JsonSerializer<Object> time = value == null ? null : TimeModule.serializer(value.getClass());
    if (time != null) {
      time.serialize(value, json, provider);
    } else {
      provider.defaultSerializeValue(value, json);
    }
  }
}
