package dev.xmsgen.runtime.implementation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes an {@link Explicit} as its value, and an explicit {@code null} as JSON {@code null}. */
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
    provider.defaultSerializeValue(explicit.value(), json);
  }
}
