package dev.xmsgen.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.xmsgen.core.generated.GeneratorIdentity;
import dev.xmsgen.core.report.JsonStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@code .xmsgen/state.json} in an output folder.
 *
 * <pre>{@code
 * {
 *   "format": 1,
 *   "generator": {"name": "xmsgen", "version": "0.1.0"},
 *   "complete": true,
 *   "options": {"clients": "true", "packageName": "com.example", "report": "", "specs": "/abs/a.json"},
 *   "inputs": {"/abs/a.json": {"sha256": "9f86...", "size": 1234, "modified": 1700000000000000000}},
 *   "outputs": {"com/example/Vault.java": {"sha256": "...", "size": 2048, "modified": ...}},
 *   "report": null
 * }
 * }</pre>
 *
 * <p>{@code modified} is in nanoseconds since the epoch. A file of another {@code format} is not
 * read: the folder is then treated as having no state. Unknown keys are ignored, so a later
 * version may add some without changing the format. Writing goes through a temporary file and a
 * rename, so a reader sees the old or the new state, never half of one.
 */
public final class StateFile {

  /** The folder inside the output folder that belongs to the generator alone. */
  public static final String FOLDER = ".xmsgen";

  /** The state file's path relative to the output folder. */
  public static final String PATH = FOLDER + "/state.json";

  /** The format this class reads and writes. */
  public static final int FORMAT = 1;

  private StateFile() {}

  /** Where the state of an output folder lives. */
  public static Path location(Path outputDirectory) {
    return outputDirectory.resolve(FOLDER).resolve("state.json");
  }

  /**
   * The state recorded in the output folder.
   *
   * @return the state, or {@code null} when the folder has none
   * @throws UnreadableStateException when a state file exists but cannot be used
   */
  public static GenerationState read(Path outputDirectory) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(location(outputDirectory));
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UnreadableStateException(
          location(outputDirectory) + ": cannot be read: " + FileErrors.reason(e));
    }
    try {
      return parse(bytes);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableStateException(location(outputDirectory) + ": " + e.getMessage());
    }
  }

  /**
   * The state recorded in the output folder, or {@code null} when it has none or one that cannot
   * be used: a garbled, foreign or unreadable state proves nothing, so the run then owns nothing.
   */
  static GenerationState readTrusted(Path outputDirectory) throws IOException {
    try {
      return read(outputDirectory);
    } catch (UnreadableStateException e) {
      return null;
    }
  }

  /** The state file's text for a state. */
  public static byte[] serialize(GenerationState state) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JsonStyle.generator(out)) {
      json.writeStartObject();
      json.writeNumberField("format", FORMAT);
      json.writeObjectFieldStart("generator");
      json.writeStringField("name", GeneratorIdentity.NAME);
      json.writeStringField("version", state.generatorVersion());
      json.writeEndObject();
      json.writeBooleanField("complete", state.complete());
      json.writeObjectFieldStart("options");
      for (Map.Entry<String, String> option : state.options().entrySet()) {
        json.writeStringField(option.getKey(), option.getValue());
      }
      json.writeEndObject();
      writeStamps(json, "inputs", state.inputs());
      writeStamps(json, "outputs", state.outputs());
      json.writeFieldName("report");
      writeStamp(json, state.report());
      json.writeEndObject();
    }
    out.write('\n');
    return out.toByteArray();
  }

  /** Writes the state atomically (temporary file, then rename). */
  static void write(Path outputDirectory, GenerationState state) throws IOException {
    writeBytes(outputDirectory, serialize(state));
  }

  private static void writeBytes(Path outputDirectory, byte[] bytes) throws IOException {
    Path target = location(outputDirectory);
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "state", ".tmp");
    try {
      Files.write(temp, bytes);
      Moves.replace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void writeStamps(JsonGenerator json, String name, Map<String, FileStamp> stamps)
      throws IOException {
    json.writeObjectFieldStart(name);
    for (Map.Entry<String, FileStamp> entry : stamps.entrySet()) {
      json.writeFieldName(entry.getKey());
      writeStamp(json, entry.getValue());
    }
    json.writeEndObject();
  }

  private static void writeStamp(JsonGenerator json, FileStamp stamp) throws IOException {
    if (stamp == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("sha256", stamp.sha256());
    json.writeNumberField("size", stamp.size());
    json.writeNumberField("modified", stamp.modifiedNanos());
    json.writeEndObject();
  }

  // Reading happens on every up-to-date check, so it uses SmallJson rather than Jackson, whose
  // start-up alone would cost tens of milliseconds.

  private static GenerationState parse(byte[] bytes) throws IOException {
    Map<String, Object> root = object(SmallJson.parse(new String(bytes, StandardCharsets.UTF_8)), "the state");
    Object format = root.get("format");
    if (!(format instanceof Long n) || n != FORMAT) {
      throw new IOException("state format " + format + " is not the format " + FORMAT + " this version uses");
    }
    Object version = object(root.get("generator"), "generator").get("version");
    if (!(version instanceof String) || !(root.get("complete") instanceof Boolean complete)) {
      throw new IOException("generator.version or complete is missing");
    }
    Map<String, String> options = new TreeMap<>();
    for (Map.Entry<String, Object> option : object(root.get("options"), "options").entrySet()) {
      if (!(option.getValue() instanceof String value)) {
        throw new IOException("option " + option.getKey() + " is not a string");
      }
      options.put(option.getKey(), value);
    }
    Map<String, FileStamp> inputs = stamps(root.get("inputs"), "inputs");
    Map<String, FileStamp> outputs = stamps(root.get("outputs"), "outputs");
    // A state from elsewhere may name anything: only paths this generator could have written.
    for (String rel : outputs.keySet()) {
      if (OutputPaths.problem(rel) != null) {
        throw new IOException("output " + rel + " " + OutputPaths.problem(rel));
      }
    }
    for (String input : inputs.keySet()) {
      checkAbsolute(input, "input");
    }
    String report = options.getOrDefault(Fingerprint.REPORT, "");
    if (!report.isEmpty()) {
      checkAbsolute(report, "report");
    }
    return new GenerationState(
        (String) version,
        complete,
        options,
        inputs,
        outputs,
        root.get("report") == null ? null : stamp(root.get("report"), "report"));
  }

  private static void checkAbsolute(String path, String what) throws IOException {
    try {
      if (!Path.of(path).isAbsolute()) {
        throw new IOException(what + " " + path + " is not an absolute path");
      }
    } catch (java.nio.file.InvalidPathException e) {
      throw new IOException(what + " path is not valid here");
    }
  }

  private static Map<String, FileStamp> stamps(Object value, String what) throws IOException {
    Map<String, FileStamp> stamps = new TreeMap<>();
    for (Map.Entry<String, Object> entry : object(value, what).entrySet()) {
      stamps.put(entry.getKey(), stamp(entry.getValue(), entry.getKey()));
    }
    return stamps;
  }

  private static FileStamp stamp(Object value, String what) throws IOException {
    Map<String, Object> stamp = object(value, what);
    if (stamp.get("sha256") instanceof String sha256
        && stamp.get("size") instanceof Long size
        && stamp.get("modified") instanceof Long modified) {
      return new FileStamp(sha256, size, modified);
    }
    throw new IOException(what + " lacks sha256, size or modified");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what) throws IOException {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IOException(what + " is not an object");
  }

  /** A state file exists but cannot be used; the folder is treated as having no state. */
  public static final class UnreadableStateException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableStateException(String message) {
      super(message);
    }
  }
}
