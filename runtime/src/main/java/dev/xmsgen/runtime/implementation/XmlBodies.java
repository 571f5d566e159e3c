package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;

/**
 * Request and response bodies as XML. This is the one runtime class that touches {@code
 * jackson-dataformat-xml}, an optional dependency: it is loaded only when an XML body is written or
 * read, so clients of specs without XML operations never need the library.
 */
final class XmlBodies {
  private XmlBodies() {}

  /** {@code value} as XML bytes, with an XML declaration. */
  static byte[] write(Object value) {
    try {
      return Mapper.INSTANCE.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write the request body as XML", e);
    }
  }

  /**
   * {@code items} as one {@code rootName} element holding an {@code itemName} element per item:
   * a list has no element name of its own, so the spec gives both.
   */
  static byte[] writeList(List<?> items, String rootName, String itemName) {
    try {
      return Mapper.INSTANCE
          .writer()
          .withRootName(rootName)
          .writeValueAsBytes(Collections.singletonMap(itemName, items));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write the request body as XML", e);
    }
  }

  /** An XML body as {@code type}. */
  static <T> T read(byte[] body, JavaType type) {
    try {
      return Mapper.INSTANCE.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the response body is not valid XML for " + type.toCanonical(), e);
    }
  }

  /** The XML mapper, built on first use; its class names the missing library if it is absent. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE = XmlMapperFactory.create();
  }
}
