package dev.xmsgen.core.model;

import java.util.Objects;

/**
 * Where something was defined: a spec file's name (no folders) and a JSON pointer into it.
 *
 * @param file the spec file's name, for example {@code keyvault.json}
 * @param pointer a JSON pointer, for example {@code /definitions/Vault}
 */
public record SourceRef(String file, String pointer) implements Comparable<SourceRef> {
  public SourceRef {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
  }

  /** The pointer one level deeper, with {@code token} escaped as RFC 6901 requires. */
  public SourceRef child(String token) {
    return new SourceRef(file, pointer + "/" + token.replace("~", "~0").replace("/", "~1"));
  }

  @Override
  public int compareTo(SourceRef other) {
    int c = file.compareTo(other.file);
    return c != 0 ? c : pointer.compareTo(other.pointer);
  }

  /** {@code keyvault.json#/definitions/Vault}. */
  @Override
  public String toString() {
    return file + "#" + pointer;
  }
}
