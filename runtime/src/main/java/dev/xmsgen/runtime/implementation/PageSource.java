package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.runtime.Json;
import dev.xmsgen.runtime.Page;
import dev.xmsgen.runtime.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Fetches the pages of one pageable call: the first with its request, the rest by next link, which
 * keeps the first request's {@code api-version} ({@link NextLinks}).
 */
final class PageSource<T> implements Function<String, CompletableFuture<Page<T>>> {
  private final HttpPipeline pipeline;
  private final Request firstPage;
  private final String itemName;
  private final String nextLinkName;
  private final BodyType<T> itemType;
  private final Function<String, Request> nextPageRequest;

  PageSource(
      HttpPipeline pipeline,
      Request firstPage,
      String itemName,
      String nextLinkName,
      BodyType<T> itemType,
      Function<String, Request> nextPageRequest) {
    this.pipeline = pipeline;
    this.firstPage = firstPage;
    this.itemName = itemName == null ? "value" : itemName;
    this.nextLinkName = nextLinkName;
    this.itemType = itemType;
    this.nextPageRequest = nextPageRequest;
  }

  /** The page at {@code nextLink}, or the first page for {@code null}. */
  @Override
  public CompletableFuture<Page<T>> apply(String nextLink) {
    Request request;
    try {
      request =
          nextLink == null
              ? firstPage
              : nextPageRequest != null
                  ? nextPageRequest.apply(nextLink)
                  : Request.get(
                      NextLinks.withApiVersionOf(
                          pipeline.resolve(nextLink), firstPage.uri(), pipeline.apiVersion()),
                      firstPage);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Response<byte[]>> response = pipeline.call(request);
    return Futures.cancelling(response.thenApply(this::read), response);
  }

  private Page<T> read(Response<byte[]> raw) {
    JsonNode root;
    try {
      byte[] body = raw.value();
      root = body == null || body.length == 0 ? null : Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("a page's body is not JSON", e);
    }
    List<T> items = new ArrayList<>();
    String next = null;
    if (root != null) {
      for (JsonNode item : root.path(itemName)) {
        items.add(itemType.fromTree(item));
      }
      if (nextLinkName != null) {
        JsonNode link = root.path(nextLinkName);
        next = link.isTextual() && !link.asText().isEmpty() ? link.asText() : null;
      }
    }
    return new Page<>(items, next, raw.statusCode(), raw.headers());
  }
}
