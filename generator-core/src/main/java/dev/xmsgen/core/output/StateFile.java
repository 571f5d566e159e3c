package dev.xmsgen.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.report.JsonStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
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
 * read: the folder is then treated as having no state. Writing goes through a temporary file and a
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
    }
    try {
      return parse(bytes);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableStateException(location(outputDirectory) + ": " + e.getMessage());
    }
  }

  /** The state file's text for a state. */
  public static byte[] serialize(GenerationState state) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JsonStyle.generator(out)) {
      json.writeStartObject();
      json.writeNumberField("format", FORMAT);
      json.writeObjectFieldStart("generator");
      json.writeStringField("name", Generator.NAME);
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

  // Reading: a small hand-written walk over the token stream, so the no-op path stays cheap.

  private static GenerationState parse(byte[] bytes) throws IOException {
    try (JsonParser json = JsonStyle.factory().createParser(bytes)) {
      expect(json.nextToken(), JsonToken.START_OBJECT);
      Integer format = null;
      String version = null;
      Boolean complete = null;
      SortedMap<String, String> options = null;
      SortedMap<String, FileStamp> inputs = null;
      SortedMap<String, FileStamp> outputs = null;
      FileStamp report = null;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        switch (field) {
          case "format" -> {
            expect(value, JsonToken.VALUE_NUMBER_INT);
            format = json.getIntValue();
            if (format != FORMAT) {
              throw new IOException(
                  "state format " + format + " is not the format " + FORMAT + " this version uses");
            }
          }
          case "generator" -> version = readGenerator(json, value);
          case "complete" -> complete = json.getValueAsBoolean();
          case "options" -> options = readStrings(json, value);
          case "inputs" -> inputs = readStamps(json, value);
          case "outputs" -> outputs = readStamps(json, value);
          case "report" -> report = readStamp(json, value);
          default -> json.skipChildren();
        }
      }
      if (format == null || version == null || complete == null || options == null
          || inputs == null || outputs == null) {
        throw new IOException("a required key is missing");
      }
      return new GenerationState(version, complete, options, inputs, outputs, report);
    }
  }

  private static String readGenerator(JsonParser json, JsonToken start) throws IOException {
    expect(start, JsonToken.START_OBJECT);
    String version = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      json.nextToken();
      if (field.equals("version")) {
        version = json.getValueAsString();
      } else {
        json.skipChildren();
      }
    }
    return version;
  }

  private static SortedMap<String, String> readStrings(JsonParser json, JsonToken start)
      throws IOException {
    expect(start, JsonToken.START_OBJECT);
    SortedMap<String, String> map = new TreeMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String key = json.currentName();
      expect(json.nextToken(), JsonToken.VALUE_STRING);
      map.put(key, json.getText());
    }
    return map;
  }

  private static SortedMap<String, FileStamp> readStamps(JsonParser json, JsonToken start)
      throws IOException {
    expect(start, JsonToken.START_OBJECT);
    SortedMap<String, FileStamp> map = new TreeMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String key = json.currentName();
      FileStamp stamp = readStamp(json, json.nextToken());
      if (stamp == null) {
        throw new IOException("no stamp for " + key);
      }
      map.put(key, stamp);
    }
    return map;
  }

  private static FileStamp readStamp(JsonParser json, JsonToken start) throws IOException {
    if (start == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(start, JsonToken.START_OBJECT);
    String sha256 = null;
    Long size = null;
    Long modified = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      switch (field) {
        case "sha256" -> sha256 = json.getValueAsString();
        case "size" -> {
          expect(value, JsonToken.VALUE_NUMBER_INT);
          size = json.getLongValue();
        }
        case "modified" -> {
          expect(value, JsonToken.VALUE_NUMBER_INT);
          modified = json.getLongValue();
        }
        default -> json.skipChildren();
      }
    }
    if (sha256 == null || size == null || modified == null) {
      throw new IOException("a file stamp lacks sha256, size or modified");
    }
    return new FileStamp(sha256, size, modified);
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " but found " + actual);
    }
  }

  /** A state file exists but cannot be used; the folder is treated as having no state. */
  public static final class UnreadableStateException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableStateException(String message) {
      super(message);
    }
  }
}
