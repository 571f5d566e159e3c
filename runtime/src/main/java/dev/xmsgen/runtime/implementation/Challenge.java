package dev.xmsgen.runtime.implementation;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claims of a {@code WWW-Authenticate: Bearer ... claims="base64"} challenge, as
 * continuous access evaluation sends with a {@code 401}.
 */
final class Challenge {
  private static final Pattern CLAIMS =
      Pattern.compile("(?i)(?:^|[\\s,])claims\\s*=\\s*\"([^\"]*)\"");

  private Challenge() {}

  /** The decoded claims JSON of the first challenge that has some, or {@code null}. */
  static String claims(HttpHeaders headers) {
    for (String value : headers.allValues("www-authenticate")) {
      Matcher m = CLAIMS.matcher(value);
      if (m.find()) {
        try {
          return new String(Base64.getDecoder().decode(m.group(1).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
          return null;
        }
      }
    }
    return null;
  }
}
