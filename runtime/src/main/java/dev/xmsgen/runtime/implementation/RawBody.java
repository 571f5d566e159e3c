package dev.xmsgen.runtime.implementation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
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

  static HttpResponse.BodyHandler<RawBody> handler() {
    return info -> new Collector();
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
