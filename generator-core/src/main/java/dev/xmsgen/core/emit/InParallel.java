package dev.xmsgen.core.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * Runs independent tasks on the machine's cores, each as soon as a core is free, in the order
 * given (so put the longest first). Results come back in task order, and so does a failure: the
 * first failing task's exception is rethrown, whichever finished first, so a run with several
 * problems always reports the same one.
 */
final class InParallel {
  private InParallel() {}

  /** The tasks' results, in task order; on one core the tasks simply run one after the other. */
  static <T> List<T> run(List<Supplier<T>> tasks) {
    int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
    List<T> results = new ArrayList<>(tasks.size());
    if (threads <= 1) {
      tasks.forEach(task -> results.add(task.get()));
      return results;
    }
    List<Callable<T>> callables = new ArrayList<>(tasks.size());
    tasks.forEach(task -> callables.add(task::get));
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
    try {
      for (Future<T> future : pool.invokeAll(callables)) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }

  /** Threads that never keep the process alive, named for thread dumps. */
  private static ThreadFactory daemons() {
    ThreadFactory plain = Executors.defaultThreadFactory();
    return task -> {
      Thread thread = plain.newThread(task);
      thread.setDaemon(true);
      thread.setName("xmsgen-emit-" + thread.getName());
      return thread;
    };
  }
}
