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

  UntrustedUrlException(URI url, Origin endpoint) {
    super(
        "refusing to send a request to "
            + Redaction.withoutQuery(url)
            + ": it is not on the client's endpoint "
            + endpoint);
    this.url = url.toString();
  }

  /** The refused URL. */
  public String url() {
    return url;
  }
}
