package dev.xmsgen.runtime.implementation.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a value from a JSON string in one text form. A blank string reads as {@code null}; text
 * that does not parse fails with Jackson's {@code InvalidFormatException} naming the text and the
 * type. The base of the runtime's deserializers; each subclass names its form.
 *
 * @param <T> the Java type read
 */
public abstract class TextDeserializer<T> extends StdScalarDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final transient Function<String, T> parse;

  /**
   * @param type the Java type read
   * @param parse turns text into a value, throwing a runtime exception if it cannot
   */
  protected TextDeserializer(Class<T> type, Function<String, T> parse) {
    super(type);
    this.type = type;
    this.parse = parse;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      String text = p.getText();
      if (text.isBlank()) {
        return null;
      }
      try {
        return parse.apply(text);
      } catch (RuntimeException e) {
        return type.cast(ctxt.handleWeirdStringValue(type, text, "%s", e.getMessage()));
      }
    }
    if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
      return fromNumber(p, ctxt);
    }
    return type.cast(ctxt.handleUnexpectedToken(type, p));
  }

  /**
   * Reads a JSON number; by default a number is not accepted.
   *
   * @param p the parser, positioned on the number
   * @param ctxt the deserialization context
   * @return the value
   * @throws IOException if the number cannot be read as a value
   */
  protected T fromNumber(JsonParser p, DeserializationContext ctxt) throws IOException {
    return type.cast(ctxt.handleUnexpectedToken(type, p));
  }
}
