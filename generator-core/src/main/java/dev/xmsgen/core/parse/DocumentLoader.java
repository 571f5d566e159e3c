package dev.xmsgen.core.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xmsgen.core.model.SourceRef;
import io.swagger.models.Info;
import io.swagger.models.Scheme;
import io.swagger.models.Swagger;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads spec files, each at most once: bytes, minus a UTF-8 byte order mark, into a JSON tree
 * ({@link JsonTreeReader}; a file named {@code .yaml} or {@code .yml} is read as YAML into the
 * same tree), then through swagger-parser's Swagger 2.0 deserializer (without
 * resolving anything) for the document header. What swagger-parser finds wrong with the header
 * becomes a warning; the sections read from the tree ({@code paths}, {@code definitions}, {@code
 * securityDefinitions}, ...) are checked by their own readers. Problems that make a file unusable
 * are errors on the file itself.
 */
final class DocumentLoader {
  /**
   * The members swagger-parser reads: the document's header. Paths, definitions, parameters,
   * responses and security definitions are read from the JSON tree by the parser's own readers,
   * which check them with exact pointers.
   */
  private static final List<String> HEADER =
      List.of(
          "swagger", "info", "host", "basePath", "schemes", "consumes", "produces", "security",
          "tags", "externalDocs");

  /** Top-level members left out of what swagger-parser sees, so not to be reported missing. */
  private static final Set<String> READ_FROM_TREE =
      Set.of(
          "paths", "x-ms-paths", "definitions", "parameters", "responses", "securityDefinitions");

  private final Diagnostics diagnostics;
  private final Map<Path, SpecDocument> documents = new HashMap<>();
  private final Set<Path> failed = new HashSet<>();

  DocumentLoader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The document at {@code path} (absolute, normalized), or {@code null} when it is unusable. */
  SpecDocument load(Path path) {
    SpecDocument doc = documents.get(path);
    if (doc != null || failed.contains(path)) {
      return doc;
    }
    doc = read(path);
    if (doc == null) {
      failed.add(path);
    } else {
      documents.put(path, doc);
    }
    return doc;
  }

  /** The document at {@code path} if it was already loaded. */
  SpecDocument loaded(Path path) {
    return documents.get(path);
  }

  /** Every document loaded so far. */
  Collection<SpecDocument> documents() {
    return documents.values();
  }

  private SpecDocument read(Path path) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    SourceRef file = new SourceRef(name, "");
    if (!Files.exists(path)) {
      diagnostics.error(file, "file not found: " + path);
      return null;
    }
    String refusal = new ReadableFiles(List.of()).fileRefusal(path);
    if (refusal != null) {
      diagnostics.error(file, path + " " + refusal);
      return null;
    }
    JsonNode root;
    boolean yaml = isYaml(name);
    byte[] bytes = null;
    int start = 0;
    try {
      bytes = Files.readAllBytes(path);
      start = hasBom(bytes) ? 3 : 0;
      root =
          yaml
              ? JsonTreeReader.readYaml(bytes, start, bytes.length - start)
              : JsonTreeReader.read(bytes, start, bytes.length - start);
    } catch (JsonProcessingException e) {
      String hint =
          !yaml && !startsLikeJson(bytes, start)
              ? " (a YAML spec is read as YAML when its name ends in .yaml or .yml)"
              : "";
      diagnostics.error(file, JsonErrors.describe(e, yaml ? "YAML" : "JSON") + hint);
      return null;
    } catch (IOException e) {
      diagnostics.error(file, "cannot be read: " + JsonErrors.reason(e));
      return null;
    }
    if (root == null) {
      diagnostics.error(file, "is empty: a Swagger 2.0 document is a JSON object");
      return null;
    }
    if (!root.isObject()) {
      diagnostics.error(file, "is not a Swagger 2.0 document: its top level is not a JSON object");
      return null;
    }
    JsonNode version = root.get("swagger");
    if (version == null || !"2.0".equals(version.asText())) {
      String found =
          root.has("openapi")
              ? "it is OpenAPI " + JsonErrors.version(root.get("openapi")) + ", which is not supported"
              : version == null
                  ? "it has no \"swagger\": \"2.0\" member"
                  : "its \"swagger\" member is " + JsonErrors.quotedVersion(version) + ", not \"2.0\"";
      diagnostics.error(
          new SourceRef(name, version == null ? "" : "/swagger"),
          "is not a Swagger 2.0 document: " + found);
      return null;
    }
    DocumentHeader header = header(root, file);
    if (header == null) {
      return null;
    }
    SpecDocument doc = new SpecDocument(path, name, root, header);
    MemberTypes.checkSections(doc.rootNode(), diagnostics);
    return doc;
  }

  /** The header as swagger-parser reads it from the header members alone, or null (an error). */
  private DocumentHeader header(JsonNode root, SourceRef file) {
    ObjectNode top = JsonNodeFactory.instance.objectNode();
    for (String key : HEADER) {
      if (root.has(key)) {
        top.set(key, root.get(key));
      }
    }
    SwaggerDeserializationResult result;
    try {
      result = new SwaggerDeserializer().deserialize(top);
    } catch (RuntimeException e) {
      diagnostics.error(
          file, "has a malformed header (info, host, schemes, security...): swagger-parser cannot"
              + " read it");
      return null;
    }
    for (String message : result.getMessages()) {
      String section = section(message);
      if (!READ_FROM_TREE.contains(section)) {
        diagnostics.warn(
            new SourceRef(file.file(), section.isEmpty() ? "" : "/" + section),
            "Swagger 2.0 structure: " + message);
      }
    }
    Swagger swagger = result.getSwagger();
    Info info = swagger.getInfo();
    List<String> schemes = new ArrayList<>();
    if (swagger.getSchemes() != null) {
      for (Scheme s : swagger.getSchemes()) {
        schemes.add(s.toValue().toLowerCase(Locale.ROOT));
      }
    }
    boolean oauth2 =
        new SecurityDefinitionsReader(diagnostics)
            .hasOAuth2(root.get("securityDefinitions"), file.file());
    return new DocumentHeader(
        info == null ? null : info.getTitle(),
        info == null ? null : info.getVersion(),
        info == null || info.getDescription() == null ? "" : info.getDescription().strip(),
        swagger.getHost(),
        swagger.getBasePath() == null ? "" : swagger.getBasePath(),
        schemes,
        swagger.getConsumes() == null ? List.of() : swagger.getConsumes(),
        swagger.getProduces() == null ? List.of() : swagger.getProduces(),
        oauth2);
  }

  /**
   * The top-level member a swagger-parser message is about ({@code attribute info.title is
   * missing} is about {@code info}), or empty.
   */
  private static String section(String message) {
    if (!message.startsWith("attribute ")) {
      return "";
    }
    String rest = message.substring("attribute ".length());
    int end = 0;
    while (end < rest.length() && " .'([".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    return rest.substring(0, end);
  }

  /** Whether the file is read as YAML: by its name, {@code .yaml} or {@code .yml}. */
  static boolean isYaml(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** Whether the text starts, after white space, as a JSON object or array does. */
  private static boolean startsLikeJson(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b == '{' || b == '[';
      }
    }
    return true;
  }

  /** Whether the file starts with the UTF-8 byte order mark, which JSON does not allow. */
  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

}
