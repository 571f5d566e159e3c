package dev.xmsgen.core.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code x-ms-examples} of a set of spec files: for each operation, the example files it names,
 * read as JSON. Example files that a spec names but that are absent are listed apart, so a test can
 * say how many it could not check.
 */
public final class ExampleCatalog {

  /**
   * One example of one operation.
   *
   * @param file the example file's name, for messages
   * @param operationId the operation it illustrates
   * @param title the example's title in the spec
   * @param example the example file's content: {@code parameters} and {@code responses}
   */
  public record ExampleCase(String file, String operationId, String title, JsonNode example) {
    @Override
    public String toString() {
      return operationId + " / " + file;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<ExampleCase> cases;
  private final List<String> missing;

  private ExampleCatalog(List<ExampleCase> cases, List<String> missing) {
    this.cases = List.copyOf(cases);
    this.missing = List.copyOf(missing);
  }

  /** Reads the examples named by every operation of {@code specs}. */
  public static ExampleCatalog of(List<Path> specs) throws IOException {
    List<ExampleCase> cases = new ArrayList<>();
    TreeSet<String> missing = new TreeSet<>();
    for (Path spec : specs) {
      JsonNode root = JSON.readTree(spec.toFile());
      for (String pathsKey : List.of("paths", "x-ms-paths")) {
        for (JsonNode pathItem : iterable(root.path(pathsKey))) {
          for (Iterator<Map.Entry<String, JsonNode>> ops = pathItem.fields(); ops.hasNext(); ) {
            JsonNode op = ops.next().getValue();
            String operationId = op.path("operationId").asText(null);
            if (operationId == null) {
              continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ex = op.path("x-ms-examples").fields();
                ex.hasNext(); ) {
              Map.Entry<String, JsonNode> e = ex.next();
              String ref = e.getValue().path("$ref").asText();
              Path file = spec.getParent().resolve(ref).normalize();
              if (!Files.isRegularFile(file)) {
                missing.add(spec.getFileName() + " -> " + ref);
                continue;
              }
              cases.add(
                  new ExampleCase(
                      file.getFileName().toString(),
                      operationId,
                      e.getKey(),
                      JSON.readTree(file.toFile())));
            }
          }
        }
      }
    }
    return new ExampleCatalog(cases, new ArrayList<>(missing));
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node::elements;
  }

  public List<ExampleCase> cases() {
    return cases;
  }

  /** Example files that the specs name but that do not exist, as {@code spec -> ref}. */
  public List<String> missing() {
    return missing;
  }
}
