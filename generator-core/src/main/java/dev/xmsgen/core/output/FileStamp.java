package dev.xmsgen.core.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What the state file remembers of one file: its content digest, and its size and modification
 * time as seen when it was recorded.
 *
 * <p>The digest decides whether a file changed. Size and time only make the check cheap: a file
 * whose size and time are what was recorded is taken as unchanged without reading it; any other
 * file is read and digested, so touching a file or checking it out again changes nothing.
 *
 * <p>A file modified shortly before it was read could be modified again within the same clock
 * tick of the file system, keeping its time (and possibly its size). Such a stamp is recorded as
 * racy, with time {@value #RACY}, so that the file is always digested: the shortcut is only taken
 * for files that were already settled when they were read.
 *
 * @param sha256 the content's SHA-256, lower-case hex
 * @param size the size in bytes
 * @param modifiedNanos the last-modified time in nanoseconds since the epoch, or {@value #RACY}
 */
public record FileStamp(String sha256, long size, long modifiedNanos) {

  /** The time of a stamp whose file must always be digested. */
  public static final long RACY = -1;

  /** How recently modified a file must be for its stamp to be racy: the coarsest common tick. */
  private static final long RACY_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(2);

  public FileStamp {
    Objects.requireNonNull(sha256, "sha256");
  }

  /** How a file on disk compares with its stamp. */
  public enum Comparison {
    SAME,
    CHANGED,
    MISSING
  }

  /** Stamps a file by reading it whole; racy if it was modified in the last two seconds. */
  public static FileStamp of(Path file) throws IOException {
    long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    String sha256 = Sha256.of(file);
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    long modified = nanos(attributes);
    boolean racy = modified > now - RACY_WINDOW_NANOS;
    return new FileStamp(sha256, attributes.size(), racy ? RACY : modified);
  }

  /** Stamps a file whose content digest is already known; only its attributes are read. */
  public static FileStamp of(Path file, String sha256) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return new FileStamp(sha256, attributes.size(), nanos(attributes));
  }

  /** Compares the file with this stamp: by size and time first, by digest when those differ. */
  public Comparison compare(Path file) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Comparison.MISSING;
    }
    if (!attributes.isRegularFile()) {
      return Comparison.MISSING;
    }
    if (attributes.size() != size) {
      return Comparison.CHANGED;
    }
    if (modifiedNanos != RACY && nanos(attributes) == modifiedNanos) {
      return Comparison.SAME;
    }
    return Sha256.of(file).equals(sha256) ? Comparison.SAME : Comparison.CHANGED;
  }

  private static long nanos(BasicFileAttributes attributes) {
    return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }
}
