package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import dev.xmsgen.runtime.TokenCredential;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging goes through System.Logger, which the JDK backs with java.util.logging by default. */
class HttpLogTest {
  private final TestServer server = TestServer.start();
  private final Logger logger = Logger.getLogger(HttpLog.NAME);
  private final List<String> lines = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (lines) {
            lines.add(record.getMessage());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    logger.addHandler(capture);
  }

  @AfterEach
  void stop() {
    logger.removeHandler(capture);
    logger.setLevel(null);
    server.close();
  }

  private void call() {
    server.on("PUT", "/items", Reply.json(200, "{}"));
    HttpPipeline p =
        HttpPipeline.of(new ClientOptions()
            .endpoint(server.base())
            .credential(TokenCredential.of("very-secret-token"))
            .scopes(List.of("scope")));
    p.send(
        p.request("PUT", "/items")
            .secretHeader("x-ms-secret-key", "header-secret")
            .header("x-ms-visible", "plain-value")
            .secretQuery("sig", "query-secret")
            .query("api-version", "1")
            .body(java.util.Map.of("password", "body-secret"))
            .build());
  }

  @Test
  void offByDefault() {
    call();
    assertTrue(lines.isEmpty(), lines.toString());
  }

  @Test
  void debugLogsRequestsWithoutTokenSecretsOrBodies() {
    logger.setLevel(Level.ALL);
    call();
    String all;
    synchronized (lines) {
      all = String.join("\n", lines);
    }

    assertTrue(all.contains("--> PUT " + server.base() + "/items?sig=REDACTED&api-version=1"), all);
    assertTrue(all.contains("<-- 200 PUT"), all);
    assertTrue(all.contains("x-ms-visible: plain-value"), all);
    assertTrue(all.contains("Authorization: REDACTED"), all);
    assertTrue(all.contains("x-ms-secret-key: REDACTED"), all);
    for (String secret :
        List.of("very-secret-token", "header-secret", "query-secret", "body-secret")) {
      assertFalse(all.contains(secret), secret + " leaked: " + all);
    }
  }
}
