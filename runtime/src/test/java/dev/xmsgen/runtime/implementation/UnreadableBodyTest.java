package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.Response;
import dev.xmsgen.runtime.ResponseBodyException;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A body the client cannot read is an ApiException that keeps what arrived, never an I/O error. */
class UnreadableBodyTest {
  /** The minimal body type the tests read. */
  static final class Vault {
    public String name;
  }

  private static HttpPipeline pipeline(String base) {
    return HttpPipeline.of(
        new ClientOptions()
            .endpoint(base)
            .retryOptions(RetryOptions.none())
            .sleeper(new RecordingSleeper()));
  }

  private static Request get(HttpPipeline p) {
    return p.request("GET", "/vaults/v1").query("api-version", "1").expect(200).build();
  }

  @Test
  void anUndecodableBodyIsAResponseBodyExceptionWithStatusIdsAndRawBody() {
    try (TestServer server = TestServer.start()) {
      server.on(
          "GET",
          "/vaults/v1",
          Reply.json(200, "{\"name\": [not json")
              .header("x-ms-request-id", "req-42")
              .header("x-ms-correlation-request-id", "corr-7"));
      HttpPipeline p = pipeline(server.base());

      ApiException e =
          assertThrows(ApiException.class, () -> p.send(get(p), BodyType.of(Vault.class)));

      assertInstanceOf(ResponseBodyException.class, e);
      assertEquals(200, e.statusCode());
      assertEquals("GET", e.method());
      assertEquals(server.base() + "/vaults/v1?api-version=1", e.url());
      assertEquals("req-42", e.requestId());
      assertEquals("corr-7", e.correlationId());
      assertEquals("{\"name\": [not json", e.body());
      assertTrue(e.getMessage().contains("x-ms-request-id=req-42"), e.getMessage());
      assertTrue(e.getMessage().contains("x-ms-correlation-request-id=corr-7"), e.getMessage());
    }
  }

  @Test
  void asyncCallsFailTheirFutureWithTheSameException() throws Exception {
    try (TestServer server = TestServer.start()) {
      server.on("GET", "/vaults/v1", Reply.json(200, "[1, 2]"));
      HttpPipeline p = pipeline(server.base());

      CompletableFuture<Response<Vault>> f = p.sendAsync(get(p), BodyType.of(Vault.class));
      ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));

      assertInstanceOf(ResponseBodyException.class, e.getCause());
    }
  }

  @Test
  void aTruncatedBodyKeepsItsStatusHeadersAndWhatArrived() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread serve =
          new Thread(
              () -> {
                try (Socket s = listener.accept()) {
                  InputStream in = s.getInputStream();
                  readHead(in);
                  OutputStream out = s.getOutputStream();
                  out.write(
                      ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              + "Content-Length: 100\r\nx-ms-request-id: req-cut\r\n\r\n"
                              + "{\"name\":\"v")
                          .getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      serve.setDaemon(true);
      serve.start();
      HttpPipeline p = pipeline("http://127.0.0.1:" + listener.getLocalPort());

      ResponseBodyException e =
          assertThrows(
              ResponseBodyException.class, () -> p.send(get(p), BodyType.of(Vault.class)));

      assertEquals(200, e.statusCode());
      assertEquals("req-cut", e.requestId());
      assertEquals("{\"name\":\"v", e.body());
      assertTrue(e.getMessage().contains("ended early"), e.getMessage());
    }
  }

  @Test
  void theRawBodyKeptIsBounded() {
    try (TestServer server = TestServer.start()) {
      String big = "x".repeat(ApiException.MAX_BODY * 2);
      server.on("GET", "/vaults/v1", Reply.json(500, big));
      HttpPipeline p = pipeline(server.base());

      ApiException e = assertThrows(ApiException.class, () -> p.send(get(p)));

      assertEquals(500, e.statusCode());
      assertEquals(ApiException.MAX_BODY, e.rawBody().length);
    }
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return;
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }
}
