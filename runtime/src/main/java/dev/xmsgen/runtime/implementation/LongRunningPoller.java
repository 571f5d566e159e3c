package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.Json;
import dev.xmsgen.runtime.OperationStatus;
import dev.xmsgen.runtime.Poller;
import dev.xmsgen.runtime.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
    return resultType.decode(response.value(), response.header("content-type").orElse(null));
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
