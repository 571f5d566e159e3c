package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.Json;
import dev.xmsgen.runtime.OperationStatus;
import dev.xmsgen.runtime.Poller;
import dev.xmsgen.runtime.Response;
import dev.xmsgen.runtime.UntrustedUrlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * The {@link Poller} of {@link HttpPipeline#beginLongRunning}: follows an Azure long-running
 * operation from its first response as {@link Poller} describes.
 *
 * @param <T> the final result's type; {@link Void} when there is none
 */
final class LongRunningPoller<T> implements Poller<T> {
  private enum Mode {
    DONE,
    STATUS_MONITOR,
    LOCATION,
    RESOURCE
  }

  private final HttpPipeline pipeline;
  private final Request operation;
  private final BodyType<T> resultType;
  private final FinalStateVia finalStateVia;
  private final URI firstLocation;
  private final Mode mode;
  private URI pollUrl;
  private OperationStatus status;
  private Response<byte[]> last;
  private ApiException failure;
  private Duration pollInterval;
  private boolean resultKnown;
  private T result;

  LongRunningPoller(
      HttpPipeline pipeline,
      Request operation,
      Response<byte[]> first,
      BodyType<T> resultType,
      FinalStateVia finalStateVia) {
    this.pipeline = pipeline;
    this.operation = operation;
    this.resultType = resultType;
    this.finalStateVia =
        finalStateVia != null ? finalStateVia : FinalStateVia.defaultFor(operation.method());
    this.pollInterval = pipeline.pollInterval();
    this.last = first;
    Optional<URI> monitor =
        first
            .header("azure-asyncoperation")
            .or(() -> first.header("operation-location"))
            .map(pipeline::resolve);
    this.firstLocation = first.header("location").map(pipeline::resolve).orElse(null);
    boolean resourceMethod = operation.method().equals("PUT") || operation.method().equals("PATCH");
    String provisioning = provisioningState(first.value());
    boolean finishedInline =
        first.statusCode() == 200
            && provisioning != null
            && statusOf(provisioning).isTerminal();
    if (finishedInline) {
      // a 200 that already says how it ended needs no polling, whatever headers it has
      mode = Mode.DONE;
      status = finish(first, provisioning);
    } else if (monitor.isPresent()) {
      mode = Mode.STATUS_MONITOR;
      pollUrl = monitor.get();
      status = OperationStatus.IN_PROGRESS;
    } else if (first.statusCode() == 202 && firstLocation != null) {
      mode = Mode.LOCATION;
      pollUrl = firstLocation;
      status = OperationStatus.IN_PROGRESS;
    } else if (resourceMethod
        && (first.statusCode() == 202
            || (provisioning != null && !statusOf(provisioning).isTerminal()))) {
      mode = Mode.RESOURCE;
      pollUrl = operation.uri();
      status = OperationStatus.IN_PROGRESS;
    } else {
      // nothing to poll: the first response is the last, whatever state its body reports,
      // unless that state is a failure (a DELETE answered 200 with "Deleting" is done)
      mode = Mode.DONE;
      boolean ended = provisioning != null && statusOf(provisioning).isTerminal();
      status = ended ? finish(first, provisioning) : OperationStatus.SUCCEEDED;
    }
  }

  /** A poller rebuilt from {@link #resumeToken()}: it knows no response yet. */
  private LongRunningPoller(
      HttpPipeline pipeline,
      Request operation,
      BodyType<T> resultType,
      FinalStateVia finalStateVia,
      Mode mode,
      URI pollUrl,
      URI firstLocation,
      OperationStatus status) {
    this.pipeline = pipeline;
    this.operation = operation;
    this.resultType = resultType;
    this.finalStateVia = finalStateVia;
    this.pollInterval = pipeline.pollInterval();
    this.last = new Response<>(202, HttpHeaders.of(Map.of(), (name, value) -> true), new byte[0]);
    this.mode = mode;
    this.pollUrl = pollUrl;
    this.firstLocation = firstLocation;
    this.status = status;
    if (status == OperationStatus.FAILED || status == OperationStatus.CANCELED) {
      failure =
          ErrorReader.operationFailed(
              operation, status.toString(), last.statusCode(), last.headers(), last.value());
    }
  }

  @Override
  public synchronized String resumeToken() {
    ObjectNode token = Json.mapper().createObjectNode();
    token.put("v", TOKEN_VERSION);
    token.put("method", operation.method());
    token.put("uri", operation.uri().toString());
    ArrayNode secret = token.putArray("secretQuery");
    operation.secretQuery().stream().sorted().forEach(secret::add);
    // a finished PUT or PATCH is resumed by reading the resource again, for its result
    boolean reread =
        mode == Mode.DONE && (operation.method().equals("PUT") || operation.method().equals("PATCH"));
    token.put("mode", (reread ? Mode.RESOURCE : mode).name());
    if (reread) {
      token.put("poll", operation.uri().toString());
    } else if (pollUrl != null) {
      token.put("poll", pollUrl.toString());
    }
    if (firstLocation != null) {
      token.put("location", firstLocation.toString());
    }
    token.put("via", finalStateVia.name());
    token.put("status", (reread ? OperationStatus.IN_PROGRESS : status).name());
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(Json.mapper().writeValueAsBytes(token));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The poller a {@link #resumeToken()} describes, reading errors as {@code like} does.
   *
   * @throws IllegalArgumentException the text is not a token this runtime wrote (nothing of it is
   *     quoted)
   * @throws UntrustedUrlException a URL in it is not on the pipeline's endpoint
   */
  static <T> LongRunningPoller<T> resume(
      HttpPipeline pipeline, String resumeToken, Request like, BodyType<T> resultType) {
    JsonNode token;
    try {
      token = Json.mapper().readTree(Base64.getUrlDecoder().decode(resumeToken.strip()));
    } catch (IOException | IllegalArgumentException e) {
      throw notAToken("it is not base64url-encoded JSON");
    }
    if (token == null || !token.isObject() || token.path("v").asInt(-1) != TOKEN_VERSION) {
      throw notAToken("it is not a version " + TOKEN_VERSION + " token");
    }
    String method = required(token, "method");
    if (!List.of("PUT", "PATCH", "POST", "DELETE", "GET").contains(method)) {
      throw notAToken("its method is not one a long-running operation has");
    }
    Set<String> secretQuery = new TreeSet<>();
    token.path("secretQuery").forEach(n -> secretQuery.add(n.asText()));
    Request operation =
        Request.withErrorsOf(method, url(pipeline, required(token, "uri")), secretQuery, like);
    Mode mode = constant(Mode.class, required(token, "mode"), "mode");
    URI poll = token.hasNonNull("poll") ? url(pipeline, required(token, "poll")) : null;
    if (poll == null && mode != Mode.DONE) {
      throw notAToken("it has no URL to poll");
    }
    URI location = token.hasNonNull("location") ? url(pipeline, required(token, "location")) : null;
    FinalStateVia via = constant(FinalStateVia.class, required(token, "via"), "final state");
    OperationStatus status = constant(OperationStatus.class, required(token, "status"), "status");
    return new LongRunningPoller<>(
        pipeline,
        operation,
        resultType,
        via,
        mode,
        poll,
        location,
        mode == Mode.DONE ? status : OperationStatus.IN_PROGRESS);
  }

  private static final int TOKEN_VERSION = 1;

  private static String required(JsonNode token, String field) {
    JsonNode value = token.get(field);
    if (value == null || !value.isTextual()) {
      throw notAToken("it has no '" + field + "'");
    }
    return value.asText();
  }

  private static URI url(HttpPipeline pipeline, String text) {
    URI uri;
    try {
      uri = pipeline.resolve(text);
    } catch (IllegalArgumentException e) {
      throw notAToken("a URL in it is not valid");
    }
    if (!uri.isAbsolute()) {
      throw notAToken("a URL in it is not absolute");
    }
    pipeline.checkOnEndpoint(uri);
    return uri;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, String what) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw notAToken("its " + what + " is not one this runtime knows");
    }
  }

  private static IllegalArgumentException notAToken(String why) {
    return new IllegalArgumentException("not a poller resume token: " + why);
  }

  @Override
  public synchronized OperationStatus status() {
    return status;
  }

  @Override
  public synchronized boolean isDone() {
    return status.isTerminal();
  }

  @Override
  public synchronized int lastStatusCode() {
    return last.statusCode();
  }

  @Override
  public synchronized HttpHeaders lastHeaders() {
    return last.headers();
  }

  @Override
  public synchronized Duration nextPollDelay() {
    return RetryAfter.from(last.headers(), pipeline.clock().instant(), pipeline.maxDelay()).orElse(pollInterval);
  }

  @Override
  public synchronized LongRunningPoller<T> pollInterval(Duration value) {
    pollInterval = Objects.requireNonNull(value, "pollInterval");
    return this;
  }

  @Override
  public OperationStatus poll() {
    return Futures.await(pollAsync());
  }

  @Override
  public CompletableFuture<OperationStatus> pollAsync() {
    URI url;
    synchronized (this) {
      if (status.isTerminal()) {
        return CompletableFuture.completedFuture(status);
      }
      url = pollUrl;
    }
    CompletableFuture<Response<byte[]>> response = pipeline.call(Request.get(url, operation));
    return Futures.cancelling(response.thenApply(this::update), response);
  }

  @Override
  public OperationStatus waitForCompletion() {
    return Futures.await(waitForCompletionAsync());
  }

  @Override
  public CompletableFuture<OperationStatus> waitForCompletionAsync() {
    CallControl<OperationStatus> control = new CallControl<>();
    return control.completeWith(waitUntilDone(control));
  }

  @Override
  public OperationStatus waitForCompletion(Duration timeout) {
    try {
      return Futures.awaitWithin(waitForCompletionAsync(), timeout);
    } catch (TimeoutException e) {
      return status();
    }
  }

  @Override
  public T getFinalResult(Duration timeout) {
    try {
      return Futures.awaitWithin(getFinalResultAsync(), timeout);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "the operation did not finish within " + timeout + "; its status is " + status(), e);
    }
  }

  /** Waits and polls until the operation is done; each step first checks for cancellation. */
  private CompletableFuture<OperationStatus> waitUntilDone(CallControl<OperationStatus> control) {
    synchronized (this) {
      if (status.isTerminal()) {
        return failure != null
            ? CompletableFuture.failedFuture(failure)
            : CompletableFuture.completedFuture(status);
      }
    }
    try {
      control.checkNotCancelled();
    } catch (CancellationException e) {
      return CompletableFuture.failedFuture(e);
    }
    return control
        .track(pipeline.sleeper().sleep(nextPollDelay()))
        .thenCompose(
            ignored -> {
              control.checkNotCancelled();
              return control.track(pollAsync());
            })
        .thenCompose(ignored -> waitUntilDone(control));
  }

  @Override
  public T getFinalResult() {
    return Futures.await(getFinalResultAsync());
  }

  @Override
  public CompletableFuture<T> getFinalResultAsync() {
    CompletableFuture<OperationStatus> done = waitForCompletionAsync();
    return Futures.cancelling(done.thenCompose(ignored -> result()), done);
  }

  private CompletableFuture<T> result() {
    synchronized (this) {
      if (resultKnown) {
        return CompletableFuture.completedFuture(result);
      }
    }
    return fetchResult()
        .thenApply(
            value -> {
              synchronized (this) {
                result = value;
                resultKnown = true;
              }
              return value;
            });
  }

  private CompletableFuture<T> fetchResult() {
    if (resultType.isNone()) {
      return CompletableFuture.completedFuture(null);
    }
    Response<byte[]> latest;
    synchronized (this) {
      latest = last;
    }
    URI from = resultUrl(latest);
    if (from == null) {
      return CompletableFuture.completedFuture(decode(latest));
    }
    return pipeline.sendAsync(Request.get(from, operation), resultType).thenApply(Response::value);
  }

  /** Where to GET the result, or {@code null} to read it from the last response. */
  private URI resultUrl(Response<byte[]> latest) {
    if (mode == Mode.DONE || mode == Mode.RESOURCE) {
      return null;
    }
    switch (finalStateVia) {
      case ORIGINAL_URI:
        // a Location poll that ends with a body has answered already
        return mode == Mode.LOCATION && hasBody(latest) ? null : operation.uri();
      case LOCATION:
        return mode == Mode.STATUS_MONITOR ? firstLocation : null;
      case OPERATION_LOCATION:
        String resource = text(tree(latest.value()).path("resourceLocation"));
        return resource == null ? null : pipeline.resolve(resource);
      case AZURE_ASYNC_OPERATION:
      default:
        return null;
    }
  }

  private synchronized OperationStatus update(Response<byte[]> response) {
    last = response;
    switch (mode) {
      case STATUS_MONITOR:
        response
            .header("azure-asyncoperation")
            .or(() -> response.header("operation-location"))
            .ifPresent(u -> pollUrl = pipeline.resolve(u));
        String reported = text(tree(response.value()).path("status"));
        if (reported == null && response.statusCode() != 202) {
          // a final answer without a status would be polled forever
          status = OperationStatus.FAILED;
          failure =
              ErrorReader.operationFailed(
                  operation,
                  "without a status: the status monitor answered "
                      + response.statusCode()
                      + " with no readable 'status'",
                  response.statusCode(),
                  response.headers(),
                  response.value());
        } else {
          status = finish(response, reported);
        }
        break;
      case LOCATION:
        if (response.statusCode() == 202) {
          response.header("location").ifPresent(u -> pollUrl = pipeline.resolve(u));
        } else {
          // done; a body that says it failed or was canceled makes it a failure
          String state = provisioningState(response.value());
          OperationStatus ended = statusOf(state);
          status = ended.isTerminal() ? finish(response, state) : OperationStatus.SUCCEEDED;
        }
        break;
      case RESOURCE:
        String state = provisioningState(response.value());
        status = state == null ? OperationStatus.SUCCEEDED : finish(response, state);
        break;
      case DONE:
      default:
        break;
    }
    return status;
  }

  /** The status {@code text} means, recording the failure if it is one. */
  private OperationStatus finish(Response<byte[]> response, String text) {
    OperationStatus s = statusOf(text);
    if (s == OperationStatus.FAILED || s == OperationStatus.CANCELED) {
      failure =
          ErrorReader.operationFailed(
              operation, text, response.statusCode(), response.headers(), response.value());
    }
    return s;
  }

  private T decode(Response<byte[]> response) {
    return pipeline.decode(operation, response, resultType);
  }

  /**
   * The status a service's text means: {@code Succeeded}, {@code Failed}, {@code Canceled} (or
   * {@code Cancelled}) in any case; anything else is still in progress.
   */
  static OperationStatus statusOf(String text) {
    switch (text == null ? "" : text.toLowerCase(Locale.ROOT)) {
      case "succeeded":
        return OperationStatus.SUCCEEDED;
      case "failed":
        return OperationStatus.FAILED;
      case "canceled":
      case "cancelled":
        return OperationStatus.CANCELED;
      default:
        return OperationStatus.IN_PROGRESS;
    }
  }

  private static boolean hasBody(Response<byte[]> response) {
    return response.value() != null && response.value().length > 0;
  }

  private static String provisioningState(byte[] body) {
    JsonNode root = tree(body);
    String nested = text(root.path("properties").path("provisioningState"));
    return nested != null ? nested : text(root.path("provisioningState"));
  }

  private static JsonNode tree(byte[] body) {
    if (body == null || body.length == 0) {
      return Json.mapper().missingNode();
    }
    try {
      JsonNode node = Json.mapper().readTree(body);
      return node == null ? Json.mapper().missingNode() : node;
    } catch (IOException e) {
      return Json.mapper().missingNode();
    }
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  @Override
  public synchronized String toString() {
    return "Poller[" + operation + ", " + status + "]";
  }
}
