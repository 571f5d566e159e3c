package dev.xmsgen.core.parse;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the percent-escapes of a {@code $ref} (RFC 3986): {@code %} and two hex digits per byte,
 * the bytes read as UTF-8. Unlike a form decoder it leaves {@code +} alone, and it answers {@code
 * null} instead of throwing when an escape is cut short, not hex, or not UTF-8.
 */
final class PercentDecoding {
  private PercentDecoding() {}

  /** {@code s} decoded, or {@code null} when one of its escapes is invalid. */
  static String decode(String s) {
    StringBuilder out = new StringBuilder(s.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      bytes.reset();
      while (i < s.length() && s.charAt(i) == '%') {
        if (i + 3 > s.length()) {
          return null;
        }
        int high = Character.digit(s.charAt(i + 1), 16);
        int low = Character.digit(s.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 3;
      }
      try {
        out.append(
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray())));
      } catch (CharacterCodingException e) {
        return null;
      }
    }
    return out.toString();
  }
}
