package dev.xmsgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One spec file, read once: its JSON tree (kept for JSON pointers, {@code $ref}s and the keys
 * swagger-parser does not keep) and its header.
 *
 * @param path absolute and normalized
 * @param fileName the file's name without folders, as diagnostics show it
 * @param root the whole JSON tree
 * @param header what swagger-parser read from the top of the document
 */
record SpecDocument(Path path, String fileName, JsonNode root, DocumentHeader header) {

  /** The document's root as a node. */
  Node rootNode() {
    return new Node(this, "", root);
  }
}
