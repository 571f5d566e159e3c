package dev.xmsgen.core.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a failed file operation into one line that names the path and the reason, for example
 * {@code cannot write /out/com/x/A.java: permission denied}. Java's exceptions often carry only
 * one of the two (a bare path for a denied access, a bare reason for a full disk).
 */
final class FileErrors {

  private FileErrors() {}

  /** A file operation, for {@link #run}. */
  @FunctionalInterface
  interface Action<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code action}; an I/O failure becomes an {@link IOException} whose message is {@code
   * cannot <what> <path>: <reason>}, the original attached as its cause.
   */
  static <T> T run(String what, Path path, Action<T> action) throws IOException {
    try {
      return action.run();
    } catch (OutputException e) {
      throw e;
    } catch (IOException e) {
      throw described(what, path, e);
    }
  }

  /** The described form of {@code e}, which happened while doing {@code what} to {@code path}. */
  static IOException described(String what, Path path, IOException e) {
    if (e instanceof FileAlreadyExistsException || reason(e).equals("not a directory")) {
      // A file where a folder must be: name the file, wherever on the path it is.
      for (Path p = path; p != null; p = p.getParent()) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          return new IOException(
              "cannot " + what + " " + path + ": " + p + " is a file, not a folder", e);
        }
      }
    }
    Path named = path;
    if (e instanceof FileSystemException fse && fse.getFile() != null) {
      named = Path.of(fse.getFile());
    }
    return new IOException("cannot " + what + " " + named + ": " + reason(e), e);
  }

  /** Whether {@code e} says that a name or a path is too long for the file system. */
  static boolean isNameTooLong(IOException e) {
    return reason(e).contains("name too long");
  }

  /** The reason, in lower case words, whatever the exception's type. */
  static String reason(IOException e) {
    String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (reason != null && !reason.isBlank()) {
      return reason.toLowerCase(Locale.ROOT);
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "it already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    return e.getClass().getSimpleName();
  }
}
