package dev.xmsgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A long-running operation ({@code x-ms-long-running-operation}) after its first response.
 *
 * <p>How it is polled follows that response: the {@code Azure-AsyncOperation} (or {@code
 * Operation-Location}) status monitor when given, whose body's {@code status} says where the
 * operation stands; else the {@code Location} of a 202, answered 202 until the operation is done (a
 * final body whose {@code provisioningState} is failed or canceled makes it a failure); else, for
 * PUT and PATCH, the resource itself until its {@code properties.provisioningState} is terminal. A
 * first answer of 200 with a terminal {@code provisioningState} is final, whatever headers it has;
 * so is a first response that leaves nothing to poll (a DELETE or POST answered 200 without those
 * headers), whatever provisioning state short of a failure its body reports. Waits honour {@code
 * Retry-After}, else {@link #pollInterval(Duration)}. A status monitor that answers other than 202
 * without a readable {@code status} ends the operation failed.
 *
 * <p>Use {@link #getFinalResult()} to wait and get the result, or {@link #poll()} step by step. An
 * operation that ends failed or canceled throws {@link ApiException} from {@link
 * #waitForCompletion()} and {@link #getFinalResult()}. Each method has a non-blocking variant.
 *
 * @param <T> the final result's type; {@link Void} when there is none
 */
public final class Poller<T> {
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

  Poller(
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
            && OperationStatus.fromText(provisioning).isTerminal();
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
            || (provisioning != null && !OperationStatus.fromText(provisioning).isTerminal()))) {
      mode = Mode.RESOURCE;
      pollUrl = operation.uri();
      status = OperationStatus.IN_PROGRESS;
    } else {
      // nothing to poll: the first response is the last, whatever state its body reports,
      // unless that state is a failure (a DELETE answered 200 with "Deleting" is done)
      mode = Mode.DONE;
      boolean ended = provisioning != null && OperationStatus.fromText(provisioning).isTerminal();
      status = ended ? finish(first, provisioning) : OperationStatus.SUCCEEDED;
    }
  }

  /** Where the operation stands after the last response. */
  public synchronized OperationStatus status() {
    return status;
  }

  /** Whether the operation has finished, well or not. */
  public synchronized boolean isDone() {
    return status.isTerminal();
  }

  /** The status code of the last response (the first one, then each poll's). */
  public synchronized int lastStatusCode() {
    return last.statusCode();
  }

  /** The headers of the last response. */
  public synchronized HttpHeaders lastHeaders() {
    return last.headers();
  }

  /** The wait before the next poll: the service's {@code Retry-After}, else the interval. */
  public synchronized Duration nextPollDelay() {
    return RetryAfter.from(last.headers(), pipeline.clock().instant()).orElse(pollInterval);
  }

  /** Sets the wait between polls used when the service gives none. */
  public synchronized Poller<T> pollInterval(Duration value) {
    pollInterval = Objects.requireNonNull(value, "pollInterval");
    return this;
  }

  /**
   * Polls once, at once, unless the operation has already finished.
   *
   * @return the status after this poll
   * @throws ApiException the poll itself was answered with an error
   * @throws UntrustedUrlException the poll URL is not on the client's endpoint
   */
  public OperationStatus poll() {
    return Futures.await(pollAsync());
  }

  /** {@link #poll()} without blocking. */
  public CompletableFuture<OperationStatus> pollAsync() {
    URI url;
    synchronized (this) {
      if (status.isTerminal()) {
        return CompletableFuture.completedFuture(status);
      }
      url = pollUrl;
    }
    return pipeline.call(Request.get(url, operation)).thenApply(this::update);
  }

  /**
   * Polls until the operation finishes, waiting between polls.
   *
   * @return {@link OperationStatus#SUCCEEDED}
   * @throws ApiException the operation failed or was canceled, or a poll was answered with an error
   */
  public OperationStatus waitForCompletion() {
    return Futures.await(waitForCompletionAsync());
  }

  /** {@link #waitForCompletion()} without blocking. */
  public CompletableFuture<OperationStatus> waitForCompletionAsync() {
    synchronized (this) {
      if (status.isTerminal()) {
        return failure != null
            ? CompletableFuture.failedFuture(failure)
            : CompletableFuture.completedFuture(status);
      }
    }
    return pipeline
        .sleeper()
        .sleep(nextPollDelay())
        .thenCompose(ignored -> pollAsync())
        .thenCompose(ignored -> waitForCompletionAsync());
  }

  /**
   * Waits for the operation to finish and returns its result, fetched once where {@link
   * FinalStateVia} says.
   *
   * @return the result, or {@code null} for operations without one
   * @throws ApiException the operation failed or was canceled, or a request was answered with an
   *     error
   */
  public T getFinalResult() {
    return Futures.await(getFinalResultAsync());
  }

  /** {@link #getFinalResult()} without blocking. */
  public CompletableFuture<T> getFinalResultAsync() {
    return waitForCompletionAsync().thenCompose(ignored -> result());
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
          OperationStatus ended = OperationStatus.fromText(state);
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
    OperationStatus s = OperationStatus.fromText(text);
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
