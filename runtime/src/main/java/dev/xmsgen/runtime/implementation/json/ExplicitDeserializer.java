package dev.xmsgen.runtime.implementation.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;

/**
 * Reads an {@link Explicit}: a JSON value as {@code Explicit.of(value)}, and a JSON {@code null}
 * as {@code Explicit.of(null)}, so a {@code null} the service sent is sent back as {@code null}.
 */
public final class ExplicitDeserializer extends JsonDeserializer<Explicit<?>>
    implements ContextualDeserializer {
  private final JavaType valueType;

  /** Creates the deserializer; Jackson makes one per property through {@link #createContextual}. */
  public ExplicitDeserializer() {
    this(null);
  }

  private ExplicitDeserializer(JavaType valueType) {
    this.valueType = valueType;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
    JavaType type = property != null ? property.getType() : context.getContextualType();
    JavaType value = type == null ? null : type.containedType(0);
    return new ExplicitDeserializer(
        value != null ? value : context.getTypeFactory().constructType(Object.class));
  }

  @Override
  public Explicit<?> deserialize(JsonParser json, DeserializationContext context)
      throws IOException {
    JsonDeserializer<?> time = TimeModule.deserializer(valueType.getRawClass());
    return Explicit.of(
        time != null ? time.deserialize(json, context) : context.readValue(json, valueType));
  }

  @Override
  public Explicit<?> getNullValue(DeserializationContext context) {
    return Explicit.of(null);
  }
}
