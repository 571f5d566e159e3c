package dev.xmsgen.core.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;

/**
 * The exclusive lock on one output folder: an operating-system lock on {@code .xmsgen/lock},
 * which serializes processes and, since a second lock on the same file from the same process is
 * refused, threads of one process too. A run that finds the folder locked waits for a bounded
 * time, then fails naming the folder. The operating system releases the lock of a process that
 * dies, so a killed run never leaves the folder locked.
 */
final class OutputLock implements AutoCloseable {

  /** The lock file's name inside {@link StateFile#FOLDER}. */
  static final String FILE = "lock";

  /** The system property that sets how long to wait, in seconds. */
  static final String TIMEOUT_PROPERTY = "xmsgen.lockTimeoutSeconds";

  private static final long DEFAULT_TIMEOUT_SECONDS = 120;
  private static final long POLL_MILLIS = 20;

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** How long a run waits by default: {@value #TIMEOUT_PROPERTY}, else two minutes. */
  static Duration defaultTimeout() {
    String value = System.getProperty(TIMEOUT_PROPERTY);
    try {
      return Duration.ofSeconds(value == null ? DEFAULT_TIMEOUT_SECONDS : Long.parseLong(value));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    }
  }

  /**
   * Takes the lock on {@code root}, whose {@code .xmsgen} folder must exist.
   *
   * @throws OutputException another run held the lock for all of {@code timeout}
   */
  static OutputLock acquire(Path root, Duration timeout) throws IOException {
    Objects.requireNonNull(timeout, "timeout");
    Path file = root.resolve(StateFile.FOLDER).resolve(FILE);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      // A failed first generation of another run may just have removed the folder.
      FileErrors.run("create the folder", file.getParent(), () -> Files.createDirectories(file.getParent()));
      FileChannel channel =
          FileErrors.run(
              "open the lock file",
              file,
              () -> FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
      Object key = fileKey(file);
      FileLock lock = null;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        // Another thread of this process holds it: wait like any other run.
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      if (lock != null) {
        // A failed first generation deletes the lock file; a lock on the deleted file is no lock.
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && Objects.equals(key, fileKey(file))) {
          return new OutputLock(channel, lock);
        }
        lock.release();
      }
      channel.close();
      if (System.nanoTime() - deadline > 0) {
        throw new OutputException(
            "another xmsgen run holds the lock on the output folder "
                + root
                + " (waited "
                + (timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s")
                + " for it to finish); run again when it has, or choose another output folder");
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OutputException("interrupted while waiting for the lock on " + root);
      }
    }
  }

  private static Object fileKey(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .fileKey();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
