package dev.xmsgen.runtime.implementation;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The lines the runtime logs while it is open, caught from the java.util.logging logger behind
 * {@code System.Logger} {@link HttpLog#NAME}, at every level.
 */
final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger = Logger.getLogger(HttpLog.NAME);
  private final List<String> lines = new ArrayList<>();

  LogCapture() {
    logger.addHandler(this);
    logger.setLevel(Level.ALL);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    lines.add(record.getMessage());
  }

  /** The lines logged so far, in order. */
  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(null);
  }
}
