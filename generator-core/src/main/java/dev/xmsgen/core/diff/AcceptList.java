package dev.xmsgen.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes a team has accepted, each with its reason: they are still reported, but no longer fail a
 * run. An entry matches a change by its Java symbol and, when given, its kind.
 *
 * <p>Two file forms are read. JSON, a list of objects (or an object with an {@code accepted}
 * list):
 *
 * <pre>
 * [{"java": "com.example.models.Vault#getFoo()", "kind": "property-removed",
 *   "reason": "foo was never returned by the service"}]
 * </pre>
 *
 * <p>Text, one entry a line, fields separated by {@code |}, {@code #} starting a comment line:
 *
 * <pre>
 * com.example.models.Vault#getFoo() | property-removed | foo was never returned by the service
 * </pre>
 *
 * @param entries the entries, in file order
 */
public record AcceptList(List<Entry> entries) {

  /**
   * One accepted change.
   *
   * @param java the Java symbol, exactly as reports give it
   * @param kind the change kind's id ({@code property-removed}), or {@code null} for any kind
   * @param reason why it is accepted; required
   */
  public record Entry(String java, String kind, String reason) {
    boolean matches(ApiChange change) {
      return java.equals(change.java()) && (kind == null || kind.equals(change.kind().id()));
    }
  }

  public AcceptList {
    entries = List.copyOf(entries);
  }

  /** Accepts nothing. */
  public static AcceptList none() {
    return new AcceptList(List.of());
  }

  /** The reason {@code change} is accepted, if an entry covers it. */
  public Optional<String> reason(ApiChange change) {
    return entries.stream().filter(e -> e.matches(change)).map(Entry::reason).findFirst();
  }

  /**
   * Reads an accept file.
   *
   * @throws IllegalArgumentException the file is malformed: an entry without java or reason, or
   *     an unknown kind (the message names the entry)
   */
  public static AcceptList read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String trimmed = text.strip();
    List<Entry> out = new ArrayList<>();
    if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
      JsonNode root = new ObjectMapper().readTree(trimmed);
      JsonNode list = root.isArray() ? root : root.path("accepted");
      if (!list.isArray()) {
        throw new IllegalArgumentException(file + ": expected a list of {java, kind, reason}");
      }
      int i = 0;
      for (JsonNode n : list) {
        out.add(
            entry(
                file + " entry " + i++,
                n.path("java").asText(""),
                n.hasNonNull("kind") ? n.get("kind").asText() : null,
                n.path("reason").asText("")));
      }
    } else {
      int line = 0;
      for (String l : text.split("\r?\n", -1)) {
        line++;
        if (l.isBlank() || l.strip().startsWith("#")) {
          continue;
        }
        String[] parts = l.split("\\|", 3);
        if (parts.length < 3) {
          throw new IllegalArgumentException(
              file + ":" + line + ": expected 'java | kind | reason' (kind may be empty)");
        }
        String kind = parts[1].strip();
        out.add(
            entry(file + ":" + line, parts[0].strip(), kind.isEmpty() ? null : kind, parts[2].strip()));
      }
    }
    return new AcceptList(out);
  }

  private static Entry entry(String where, String java, String kind, String reason) {
    if (java.isBlank()) {
      throw new IllegalArgumentException(where + ": no java symbol");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException(where + ": no reason given for " + java);
    }
    if (kind != null && ChangeKind.ofId(kind).isEmpty()) {
      throw new IllegalArgumentException(where + ": unknown change kind '" + kind + "'");
    }
    return new Entry(java, kind, reason);
  }
}
