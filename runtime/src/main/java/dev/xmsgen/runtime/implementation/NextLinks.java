package dev.xmsgen.runtime.implementation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Next-page links as Azure services send them: a next link keeps the {@code api-version} of the
 * request that listed the first page, in place of one the service put there (in any case) or added
 * at the end (the client's own API version when that request had none); the rest of the link is
 * kept as the service wrote it.
 */
final class NextLinks {
  private static final String API_VERSION = "api-version";

  private NextLinks() {}

  /**
   * {@code next} with the first page's {@code api-version}, or with {@code clientApiVersion} if the
   * first page had none; unchanged if both are missing.
   */
  static URI withApiVersionOf(URI next, URI firstPage, String clientApiVersion) {
    String first = UrlQuery.rawValue(firstPage, API_VERSION);
    String apiVersion =
        first != null || clientApiVersion == null
            ? first
            : URLEncoder.encode(clientApiVersion, StandardCharsets.UTF_8);
    return apiVersion == null ? next : UrlQuery.withValue(next, API_VERSION, apiVersion);
  }
}
