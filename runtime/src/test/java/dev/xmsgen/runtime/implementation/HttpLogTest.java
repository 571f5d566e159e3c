package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.HttpLogLevel;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import dev.xmsgen.runtime.TokenCredential;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging goes through System.Logger, which the JDK backs with java.util.logging by default. */
class HttpLogTest {
  private final TestServer server = TestServer.start();
  private LogCapture capture;

  @BeforeEach
  void listen() {
    capture = new LogCapture();
  }

  @AfterEach
  void stop() {
    capture.close();
    server.close();
  }

  private String call(HttpLogLevel level, Set<String> allowed) {
    server.on(
        "PUT",
        "/items",
        Reply.json(200, "{\"answer\":\"response-body\"}")
            .header("x-ms-request-id", "req-9")
            .header("x-ms-correlation-request-id", "corr-3")
            .header("x-ms-other", "response-header-value"));
    HttpPipeline p =
        HttpPipeline.of(
            new ClientOptions()
                .endpoint(server.base())
                .credential(TokenCredential.of("very-secret-token"))
                .scopes(List.of("scope"))
                .logLevel(level)
                .logAllowedHeaders(allowed));
    p.send(
        p.request("PUT", "/items")
            .secretHeader("x-ms-secret-key", "header-secret")
            .header("x-ms-visible", "plain-value")
            .secretQuery("sig", "query-secret")
            .query("api-version", "1")
            .body(java.util.Map.of("password", "body-secret"))
            .build());
    String clientId = server.requests("/items").get(0).header("x-ms-client-request-id");
    List<String> lines = capture.lines();
    for (String line : lines) {
      assertTrue(line.contains("x-ms-client-request-id=" + clientId), line);
      assertFalse(line.contains("very-secret-token"), line);
      assertFalse(line.contains("header-secret"), line);
      assertFalse(line.contains("query-secret"), line);
    }
    return String.join("\n", lines);
  }

  @Test
  void offByDefaultEvenWithTheLoggerEnabled() {
    server.on("GET", "/items", Reply.json(200, "{}"));
    HttpPipeline p = HttpPipeline.of(new ClientOptions().endpoint(server.base()));
    p.send(p.request("GET", "/items").build());

    assertTrue(capture.lines().isEmpty(), capture.lines().toString());
  }

  @Test
  void noneLogsNothing() {
    assertEquals("", call(HttpLogLevel.NONE, Set.of()));
  }

  @Test
  void basicLogsALinePerRequestAndResponseWithTheIdsAndNoHeaders() {
    String all = call(HttpLogLevel.BASIC, Set.of());

    assertEquals(2, capture.lines().size(), all);
    assertTrue(all.contains("--> PUT " + server.base() + "/items?sig=REDACTED&api-version=1"), all);
    assertTrue(all.contains("<-- 200 PUT"), all);
    assertTrue(all.contains("x-ms-request-id=req-9"), all);
    assertTrue(all.contains("x-ms-correlation-request-id=corr-3"), all);
    assertFalse(all.contains("plain-value"), all);
    assertFalse(all.contains("Authorization"), all);
    assertTrue(all.contains("-byte body)"), all);
    assertFalse(all.contains("body-secret"), all);
  }

  @Test
  void headersShowsAllowedValuesAndRedactsTheRest() {
    String all = call(HttpLogLevel.HEADERS, Set.of("x-ms-visible", "Authorization"));

    assertTrue(all.contains("x-ms-visible: plain-value"), all);
    // allowing Authorization or a secret header does not show it
    assertTrue(all.contains("Authorization: REDACTED"), all);
    assertTrue(all.contains("x-ms-secret-key: REDACTED"), all);
    // off the allow-list
    assertTrue(all.contains("x-ms-other: REDACTED"), all);
    assertFalse(all.contains("response-header-value"), all);
    assertTrue(all.contains("x-ms-request-id: req-9"), all);
    assertFalse(all.contains("body-secret"), all);
    assertFalse(all.contains("response-body"), all);
  }

  @Test
  void bodiesShowsRequestAndResponseBodies() {
    String all = call(HttpLogLevel.BODIES, Set.of());

    assertTrue(all.contains("\"password\":\"body-secret\""), all);
    assertTrue(all.contains("response-body"), all);
    assertTrue(all.contains("Authorization: REDACTED"), all);
  }
}
