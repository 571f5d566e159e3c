package dev.xmsgen.runtime;

import java.net.http.HttpHeaders;
import java.util.List;

/**
 * One page of a pageable operation's results.
 *
 * @param <T> the items' type
 */
public final class Page<T> {
  private final List<T> items;
  private final String nextLink;
  private final int statusCode;
  private final HttpHeaders headers;

  /** A page; public so tests of code that uses clients can build one. */
  public Page(List<T> items, String nextLink, int statusCode, HttpHeaders headers) {
    this.items = List.copyOf(items);
    this.nextLink = nextLink;
    this.statusCode = statusCode;
    this.headers = headers;
  }

  /** The page's items, in the service's order. */
  public List<T> items() {
    return items;
  }

  /**
   * The next page's URL, or {@code null} on the last page. Pass it to {@link
   * PagedIterable#byPage(String)} to resume there.
   */
  public String nextLink() {
    return nextLink;
  }

  /** The HTTP status of the page's response. */
  public int statusCode() {
    return statusCode;
  }

  /** The page's response headers. */
  public HttpHeaders headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items, " + (nextLink == null ? "last" : "more") + "]";
  }
}
