package dev.xmsgen.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InParallelTest {

  @Test
  void resultsComeBackInTaskOrder() {
    List<Supplier<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      tasks.add(
          () -> {
            sleep(n % 3);
            return n;
          });
    }
    List<Integer> results = InParallel.run(tasks);
    for (int i = 0; i < 50; i++) {
      assertEquals(i, results.get(i));
    }
  }

  @Test
  void theFirstFailingTaskDecidesTheExceptionEvenWhenALaterOneFailsFirst() {
    CountDownLatch laterFailed = new CountDownLatch(1);
    List<Supplier<String>> tasks =
        List.of(
            () -> "fine",
            () -> {
              await(laterFailed);
              throw new IllegalArgumentException("first");
            },
            () -> {
              laterFailed.countDown();
              throw new IllegalArgumentException("second");
            });
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InParallel.run(tasks));
    assertEquals("first", e.getMessage());
  }

  @Test
  void noTaskIsNoResult() {
    assertEquals(List.of(), InParallel.run(List.<Supplier<String>>of()));
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits a little for the later task; on one core it never runs first, so do not wait long. */
  private static void await(CountDownLatch latch) {
    try {
      latch.await(200, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
