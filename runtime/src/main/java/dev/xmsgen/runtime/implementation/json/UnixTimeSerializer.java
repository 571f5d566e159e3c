package dev.xmsgen.runtime.implementation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;

/** Writes {@code unixtime} as a JSON number: whole seconds since the epoch. */
public final class UnixTimeSerializer extends StdSerializer<OffsetDateTime> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer; Jackson calls this. */
  public UnixTimeSerializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeNumber(TimeFormats.toUnixTime(value));
  }
}
