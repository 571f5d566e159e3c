package dev.xmsgen.core.parse;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves {@code $ref}s: {@code #/definitions/X} in the same file, {@code other.json#/...} and
 * {@code ../../x/types.json#/...} relative to the referring file. Files reached are loaded through
 * the {@link DocumentLoader}, once each. A reference that does not resolve is an error reported at
 * the referring site, naming the target.
 */
final class RefResolver {
  private final DocumentLoader loader;
  private final Diagnostics diagnostics;
  private final ReadableFiles readable;

  RefResolver(DocumentLoader loader, Diagnostics diagnostics) {
    this(loader, diagnostics, new ReadableFiles(List.of()));
  }

  RefResolver(DocumentLoader loader, Diagnostics diagnostics, ReadableFiles readable) {
    this.loader = loader;
    this.diagnostics = diagnostics;
    this.readable = readable;
  }

  /**
   * The node {@code site}'s {@code $ref} points at, one step only, or {@code null} (and an error)
   * when it does not resolve.
   */
  Node target(Node site) {
    String ref = site.text("$ref");
    if (ref == null) {
      diagnostics.error(site.source(), "$ref must be a string");
      return null;
    }
    Parts parts = Parts.of(ref);
    if (parts == null) {
      diagnostics.error(
          site.source(),
          "$ref '" + ref + "' has an invalid percent-escape: % must be followed by two hex digits"
              + " that form UTF-8");
      return null;
    }
    String file = parts.file();
    String fragment = parts.fragment();
    SpecDocument doc = site.doc();
    if (!file.isEmpty()) {
      Path path = path(site, file);
      if (path == null) {
        diagnostics.error(
            site.source(), "$ref '" + ref + "' is not a local file; only files can be referenced");
        return null;
      }
      doc = loader.loaded(path);
      if (doc == null) {
        String refusal = readable.refusal(path);
        if (refusal != null) {
          diagnostics.error(site.source(), "$ref '" + ref + "' is refused: " + path + " " + refusal);
          return null;
        }
        if (!Files.isRegularFile(path)) {
          diagnostics.error(
              site.source(), "$ref '" + ref + "' points at a file that does not exist: " + path);
          return null;
        }
        doc = loader.load(path);
        if (doc == null) {
          diagnostics.error(
              site.source(),
              "$ref '" + ref + "' points at " + path.getFileName() + ", which cannot be read");
          return null;
        }
      }
    }
    if (fragment.isEmpty()) {
      return doc.rootNode();
    }
    JsonNode value;
    try {
      value = doc.root().at(JsonPointer.compile(fragment));
    } catch (IllegalArgumentException e) {
      diagnostics.error(
          site.source(), "$ref '" + ref + "' does not end in a JSON pointer such as #/definitions/X");
      return null;
    }
    if (value.isMissingNode()) {
      diagnostics.error(
          site.source(),
          "$ref '" + ref + "' does not resolve: " + doc.fileName() + " has nothing at " + fragment);
      return null;
    }
    return new Node(doc, fragment, value);
  }

  /**
   * The node at the end of a chain of {@code $ref}s starting at {@code node} ({@code node} itself
   * when it is no reference), or {@code null} when the chain breaks or loops.
   */
  Node resolve(Node node) {
    Set<String> seen = new HashSet<>();
    Node current = node;
    while (current != null && current.isRef()) {
      if (!seen.add(current.key())) {
        diagnostics.error(
            node.source(), "$ref chain loops back to " + current.source() + " without reaching a schema");
        return null;
      }
      current = target(current);
    }
    return current;
  }

  /**
   * The identity ({@link Node#key()}) of what {@code site}'s {@code $ref} points at, if that lies
   * in a document already loaded; {@code null} otherwise. Loads nothing and reports nothing.
   */
  String loadedTargetKey(Node site) {
    String ref = site.text("$ref");
    if (ref == null) {
      return null;
    }
    Parts parts = Parts.of(ref);
    if (parts == null) {
      return null;
    }
    SpecDocument doc = site.doc();
    if (!parts.file().isEmpty()) {
      Path path = path(site, parts.file());
      doc = path == null ? null : loader.loaded(path);
    }
    return doc == null ? null : doc.path() + "#" + parts.fragment();
  }

  /**
   * A {@code $ref} split at its {@code #}.
   *
   * @param file the file part, empty for a reference within the same document
   * @param fragment the decoded JSON pointer, empty for the whole document
   */
  private record Parts(String file, String fragment) {
    /** The parts of {@code ref}, or {@code null} when a percent-escape in it is invalid. */
    static Parts of(String ref) {
      int hash = ref.indexOf('#');
      String file = hash < 0 ? ref : ref.substring(0, hash);
      String fragment = hash < 0 ? "" : decode(ref.substring(hash + 1));
      return fragment == null || decode(file) == null ? null : new Parts(file, fragment);
    }
  }

  private static Path path(Node site, String file) {
    if (file.contains("://")) {
      return null;
    }
    try {
      String decoded = decode(file);
      return decoded == null ? null : site.doc().path().resolveSibling(decoded).normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** {@code s} with its percent-escapes decoded, or {@code null} when one is invalid. */
  private static String decode(String s) {
    return s.indexOf('%') < 0 ? s : PercentDecoding.decode(s);
  }
}
