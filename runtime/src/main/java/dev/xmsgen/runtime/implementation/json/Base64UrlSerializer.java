package dev.xmsgen.runtime.implementation.json;

import java.util.Base64;

/** Writes {@code base64url}: the URL-safe alphabet of RFC 4648, without padding. */
public final class Base64UrlSerializer extends TextSerializer<byte[]> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer; Jackson calls this. */
  public Base64UrlSerializer() {
    super(byte[].class, bytes -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }
}
