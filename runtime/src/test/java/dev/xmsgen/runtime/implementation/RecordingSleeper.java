package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A sleeper that records each wait and does not wait. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

  @Override
  public CompletableFuture<Void> sleep(Duration duration) {
    waits.add(duration);
    return CompletableFuture.completedFuture(null);
  }

  List<Duration> waits() {
    synchronized (waits) {
      return new ArrayList<>(waits);
    }
  }
}
