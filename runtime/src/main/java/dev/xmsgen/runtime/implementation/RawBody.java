package dev.xmsgen.runtime.implementation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body as it arrived: all of it, or what came before the connection failed (a body
 * shorter than its {@code Content-Length}), so a truncated body keeps its status and headers.
 */
final class RawBody {
  private final byte[] bytes;
  private final IOException failure;

  private RawBody(byte[] bytes, IOException failure) {
    this.bytes = bytes;
    this.failure = failure;
  }

  byte[] bytes() {
    return bytes;
  }

  /** Why the body ended early, or {@code null} when it arrived whole. */
  IOException failure() {
    return failure;
  }

  /** A handler for one exchange, which remembers the status and headers once they arrive. */
  static Receiver receiver() {
    return new Receiver();
  }

  /** What arrived of a response: its status, its headers and its body, whole or cut short. */
  static final class Arrived {
    private final int statusCode;
    private final HttpHeaders headers;
    private final RawBody body;

    Arrived(int statusCode, HttpHeaders headers, RawBody body) {
      this.statusCode = statusCode;
      this.headers = headers;
      this.body = body;
    }

    static Arrived of(HttpResponse<RawBody> response) {
      return new Arrived(response.statusCode(), response.headers(), response.body());
    }

    int statusCode() {
      return statusCode;
    }

    HttpHeaders headers() {
      return headers;
    }

    RawBody body() {
      return body;
    }
  }

  /**
   * Collects one exchange's body. The HTTP client may fail the whole exchange instead of the body
   * when the connection ends early, depending on when the end is seen; {@link #cutShort} then
   * gives the same answer as a body that ended early.
   */
  static final class Receiver implements HttpResponse.BodyHandler<RawBody> {
    private volatile HttpResponse.ResponseInfo head;
    private volatile Collector collector;

    @Override
    public HttpResponse.BodySubscriber<RawBody> apply(HttpResponse.ResponseInfo info) {
      Collector c = new Collector();
      collector = c;
      head = info;
      return c;
    }

    /**
     * The response as far as it arrived before {@code failure}, or {@code null} when its status
     * and headers never did, or the failure is not the connection's (a timeout stays a timeout).
     */
    Arrived cutShort(Throwable failure) {
      HttpResponse.ResponseInfo info = head;
      if (info == null
          || !(failure instanceof IOException)
          || failure instanceof HttpTimeoutException) {
        return null;
      }
      RawBody body = new RawBody(collector.out.toByteArray(), (IOException) failure);
      return new Arrived(info.statusCode(), info.headers(), body);
    }
  }

  private static final class Collector implements HttpResponse.BodySubscriber<RawBody> {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<RawBody> body = new CompletableFuture<>();

    @Override
    public CompletionStage<RawBody> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      if (throwable instanceof IOException) {
        body.complete(new RawBody(out.toByteArray(), (IOException) throwable));
      } else {
        body.completeExceptionally(throwable);
      }
    }

    @Override
    public void onComplete() {
      body.complete(new RawBody(out.toByteArray(), null));
    }
  }
}
