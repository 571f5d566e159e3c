package dev.xmsgen.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.xmsgen.core.report.JsonStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The record, in a staging folder, of a swap that has been decided: which staged files go where,
 * which owned files go away, and the report's temporary file. Written atomically (temporary file
 * and rename), so it is either absent or whole; from the moment it exists a run that dies is
 * completed by the next one ({@link Recovery}).
 *
 * <pre>{@code
 * {"format": 1, "put": ["com/x/A.java"], "remove": ["com/x/Old.java"],
 *  "reportTemp": "/abs/.r.json.xmsgen-k3.tmp", "report": "/abs/r.json"}
 * }</pre>
 *
 * <p>Each put's staged copy is {@code new/<path>} in the staging folder; the final state is
 * {@code state.json} there.
 *
 * @param put paths, relative to the output folder, whose staged copy replaces the file there
 * @param remove paths, relative to the output folder, of owned files to delete
 * @param reportTemp the report's temporary file beside it, or {@code null}
 * @param report where the report goes, or {@code null}
 */
record Journal(List<String> put, List<String> remove, Path reportTemp, Path report) {

  static final String FILE = "journal.json";
  static final String NEW = "new";
  static final String STATE = "state.json";

  Journal {
    put = List.copyOf(put);
    remove = List.copyOf(remove);
  }

  /** Writes the journal into {@code staging}, atomically. */
  void write(Path staging) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JsonStyle.generator(out)) {
      json.writeStartObject();
      json.writeNumberField("format", 1);
      json.writeArrayFieldStart("put");
      for (String rel : put) {
        json.writeString(rel);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("remove");
      for (String rel : remove) {
        json.writeString(rel);
      }
      json.writeEndArray();
      json.writeStringField("reportTemp", reportTemp == null ? null : reportTemp.toString());
      json.writeStringField("report", report == null ? null : report.toString());
      json.writeEndObject();
    }
    Path temp = staging.resolve(FILE + ".tmp");
    Files.write(temp, out.toByteArray());
    Moves.replace(temp, staging.resolve(FILE));
  }

  /**
   * The journal in {@code staging}, or {@code null} when there is none or it cannot be trusted:
   * not JSON of this shape, a path that would leave the output folder, a report temporary file
   * that is not beside the report or not named as this generator names them.
   */
  static Journal read(Path staging) {
    String text;
    try {
      text = Files.readString(staging.resolve(FILE), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null; // none (NoSuchFileException) or unreadable: either way nothing to finish
    }
    try {
      if (!(SmallJson.parse(text) instanceof Map<?, ?> root)
          || !Long.valueOf(1).equals(root.get("format"))) {
        return null;
      }
      List<String> put = paths(root.get("put"));
      List<String> remove = paths(root.get("remove"));
      Path reportTemp = absolute(root.get("reportTemp"));
      Path report = absolute(root.get("report"));
      if (put == null || remove == null || (reportTemp == null) != (report == null)) {
        return null;
      }
      if (reportTemp != null && !ReportFile.isTempOf(reportTemp, report)) {
        return null;
      }
      return new Journal(put, remove, reportTemp, report);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static List<String> paths(Object value) {
    if (!(value instanceof List<?> list)) {
      return null;
    }
    List<String> paths = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String rel) || OutputPaths.problem(rel) != null) {
        return null;
      }
      paths.add(rel);
    }
    return paths;
  }

  private static Path absolute(Object value) {
    if (!(value instanceof String s)) {
      return null;
    }
    Path path = Path.of(s);
    return path.isAbsolute() && path.normalize().equals(path) ? path : null;
  }
}
