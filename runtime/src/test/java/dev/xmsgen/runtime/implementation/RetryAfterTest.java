package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final Duration MAX = Duration.ofMinutes(5);

  private static Optional<Duration> read(String... nameValues) {
    java.util.Map<String, List<String>> map = new java.util.HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      map.put(nameValues[i], List.of(nameValues[i + 1]));
    }
    return RetryAfter.from(HttpHeaders.of(map, (k, v) -> true), NOW, MAX);
  }

  @Test
  void readsSeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(30)), read("Retry-After", "30"));
  }

  @Test
  void readsAnHttpDateRelativeToNow() {
    assertEquals(
        Optional.of(Duration.ofSeconds(90)), read("Retry-After", "Sat, 01 Mar 2025 10:01:30 GMT"));
  }

  @Test
  void aDateInThePastMeansNoWait() {
    assertEquals(Optional.of(Duration.ZERO), read("Retry-After", "Sat, 01 Mar 2025 09:00:00 GMT"));
  }

  @Test
  void millisecondHeadersComeFirst() {
    assertEquals(
        Optional.of(Duration.ofMillis(1500)), read("retry-after-ms", "1500", "Retry-After", "30"));
    assertEquals(Optional.of(Duration.ofMillis(20)), read("x-ms-retry-after-ms", "20"));
  }

  @Test
  void unreadableOrNegativeValuesAreIgnored() {
    assertEquals(Optional.empty(), read("Retry-After", "soon"));
    assertEquals(Optional.empty(), read("Retry-After", "-5"));
    assertEquals(
        Optional.of(Duration.ofSeconds(4)), read("retry-after-ms", "x", "Retry-After", "4"));
    assertEquals(Optional.empty(), RetryAfter.from(HttpHeaders.of(Map.of(), (k, v) -> true), NOW, MAX));
  }

  @Test
  void anyLargerWaitIsCappedAtTheMaximumWithoutOverflow() {
    assertEquals(Optional.of(MAX), read("Retry-After", "3600"));
    assertEquals(Optional.of(MAX), read("Retry-After", "1e300"));
    assertEquals(Optional.of(MAX), read("Retry-After", "Infinity"));
    assertEquals(Optional.of(MAX), read("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"));
    assertEquals(Optional.of(MAX), read("x-ms-retry-after-ms", "1e300"));
    assertEquals(Optional.of(MAX), read("retry-after-ms", "99999999999999999999999"));
  }
}
