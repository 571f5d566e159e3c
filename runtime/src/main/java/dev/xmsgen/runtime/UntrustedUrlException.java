package dev.xmsgen.runtime;

import java.net.URI;

/**
 * A URL a service returned (a next link, {@code Location} or {@code Azure-AsyncOperation}) points
 * away from the client's endpoint. The client refuses it and sends nothing, so neither the token
 * nor the request reach another host.
 */
public final class UntrustedUrlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String url;

  /**
   * A refusal of {@code url}.
   *
   * @param url the refused URL; the message leaves out its query, which may carry secrets
   * @param endpoint the client's endpoint, as scheme, host and port
   */
  public UntrustedUrlException(URI url, String endpoint) {
    super(
        "refusing to send a request to "
            + withoutQuery(url.toString())
            + ": it is not on the client's endpoint "
            + endpoint);
    this.url = url.toString();
  }

  private static String withoutQuery(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** The refused URL. */
  public String url() {
    return url;
  }
}
