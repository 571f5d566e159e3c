package dev.xmsgen.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Ends the test run's use of the test server: prints the scenario counts the server reports, writes
 * them to the file named by system property {@code conformance.summary}, and stops the server,
 * whether the tests passed or not. Registered through {@code META-INF/services}.
 */
public final class TestServerSession implements LauncherSessionListener {

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestServer.ifStarted().ifPresent(TestServerSession::reportAndStop);
  }

  private static void reportAndStop(TestServer server) {
    try {
      Coverage coverage = Coverage.of(server);
      List<String> lines = new ArrayList<>();
      lines.add(coverage.summary());
      lines.addAll(coverage.uncovered());
      lines.forEach(System.out::println);
      String summary = System.getProperty("conformance.summary");
      if (summary != null) {
        Files.write(Path.of(summary), lines, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      server.stop();
    }
  }
}
