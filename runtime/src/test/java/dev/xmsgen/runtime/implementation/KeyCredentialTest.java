package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.HttpLogLevel;
import dev.xmsgen.runtime.KeyCredential;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An API key goes in its header (or query parameter) on every attempt, the new one after a rotation, never into a log
 * line, and never over plain http to another machine: against a real local server.
 */
class KeyCredentialTest {
  private static final String ITEMS = "/items";

  private final TestServer server = TestServer.start();
  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theKeyGoesInItsHeaderOnEveryAttemptAndARotatedKeyOnTheNextCall() {
    server.on("GET", ITEMS, Reply.status(503), Reply.json(200, "{}"));
    KeyCredential key = new KeyCredential("key-one");
    HttpPipeline p =
        HttpPipeline.of(
            new ClientOptions()
                .endpoint(server.base())
                .keyCredential(key)
                .keyHeader("security-key")
                .retryOptions(
                    RetryOptions.defaults().withMaxRetries(1).withBaseDelay(Duration.ofMillis(10))));

    p.send(p.request("GET", ITEMS).build());
    key.update("key-two");
    p.send(p.request("GET", ITEMS).build());

    assertEquals(
        List.of("key-one", "key-one", "key-two"),
        server.requests().stream().map(r -> r.header("security-key")).collect(Collectors.toList()));
    assertEquals("KeyCredential[(secret)]", key.toString());
  }

  @Test
  void theKeyIsNeverLoggedEvenWhenItsHeaderIsAllowed() {
    server.on("GET", ITEMS, Reply.json(200, "{}"));
    HttpPipeline p =
        HttpPipeline.of(
            new ClientOptions()
                .endpoint(server.base())
                .keyCredential(new KeyCredential("very-secret-key"))
                .keyHeader("Security-Key")
                .logLevel(HttpLogLevel.BODIES)
                .logAllowedHeaders(Set.of("security-key")));

    String log;
    try (LogCapture capture = new LogCapture()) {
      p.send(p.request("GET", ITEMS).build());
      log = String.join("\n", capture.lines());
    }

    assertTrue(log.contains("Security-Key: REDACTED"), log);
    assertFalse(log.contains("very-secret-key"), log);
  }

  @Test
  void aKeyForTheQueryGoesOnTheWireButNotIntoLogs() {
    server.on("GET", ITEMS, Reply.json(200, "{}"));
    HttpPipeline p =
        HttpPipeline.of(
            new ClientOptions()
                .endpoint(server.base())
                .keyCredential(new KeyCredential("query secret/1"))
                .keyHeader("security-key") // as a generated builder would; the later one wins
                .keyQuery("code")
                .logLevel(HttpLogLevel.BODIES));

    String log;
    try (LogCapture capture = new LogCapture()) {
      p.send(p.request("GET", ITEMS).query("api-version", "1").build());
      log = String.join("\n", capture.lines());
    }

    assertEquals(ITEMS + "?api-version=1&code=query%20secret%2F1", server.requests().get(0).uri);
    assertEquals(null, server.requests().get(0).header("security-key"));
    assertFalse(log.contains("query%20secret"), log);
    assertFalse(log.contains("query secret"), log);
    assertTrue(log.contains(ITEMS + "?api-version=1"), log);
  }

  @Test
  void aKeyIsRefusedForPlainHttpToAnotherMachineAndWithoutItsHeader() {
    IllegalArgumentException remote =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HttpPipeline.of(
                    new ClientOptions()
                        .endpoint("http://service.example")
                        .keyCredential(new KeyCredential("k"))
                        .keyHeader("security-key")));
    assertTrue(remote.getMessage().contains("plain http"), remote.getMessage());
    IllegalArgumentException headerless =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HttpPipeline.of(
                    new ClientOptions()
                        .endpoint("https://service.example")
                        .keyCredential(new KeyCredential("k"))));
    assertTrue(headerless.getMessage().contains("keyHeader"), headerless.getMessage());
    assertTrue(headerless.getMessage().contains("keyQuery"), headerless.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new KeyCredential(" "));
  }
}
