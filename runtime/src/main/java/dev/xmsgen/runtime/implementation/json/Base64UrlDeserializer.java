package dev.xmsgen.runtime.implementation.json;

import java.util.Base64;

/**
 * Reads {@code base64url}, with or without padding; characters of the standard base64 alphabet
 * ({@code +} and {@code /}) are accepted too.
 */
public final class Base64UrlDeserializer extends TextDeserializer<byte[]> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer; Jackson calls this. */
  public Base64UrlDeserializer() {
    super(
        byte[].class,
        text -> Base64.getUrlDecoder().decode(text.trim().replace('+', '-').replace('/', '_')));
  }
}
