package dev.xmsgen.core.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a JSON document into a tree with jackson-core's streaming parser alone: the same nodes an
 * {@code ObjectMapper}'s {@code readTree} gives (ints, longs and big integers by size, other
 * numbers as doubles), without an {@code ObjectMapper}, whose start-up (configuration, date
 * formats, deserializer caches) costs more than reading every spec of an API. A member given twice
 * and content after the document are errors. A YAML document ({@link #readYaml}) is read by
 * jackson-dataformat-yaml's parser into the same tree, so the readers and their JSON pointers do
 * not know which it was; its classes load only when a YAML file is read.
 */
final class JsonTreeReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTreeReader() {}

  /**
   * The document in {@code bytes[offset, offset + length)}, or {@code null} when there is nothing
   * but white space.
   *
   * @throws JsonParseException when the text is not one JSON value (the exception has the location)
   */
  static JsonNode read(byte[] bytes, int offset, int length) throws IOException {
    return read(FACTORY.createParser(bytes, offset, length), false);
  }

  /**
   * The YAML document in {@code bytes[offset, offset + length)} as the same tree JSON would give,
   * or {@code null} when it is empty. Only what JSON can say is accepted: a second document, or an
   * alias ({@code *name}), is an error.
   *
   * @throws JsonParseException when the text is not one YAML document (the exception has the
   *     location)
   */
  static JsonNode readYaml(byte[] bytes, int offset, int length) throws IOException {
    try {
      return read(Yaml.FACTORY.createParser(bytes, offset, length), true);
    } catch (JsonProcessingException e) {
      throw Yaml.withProblem(e);
    }
  }

  private static JsonNode read(JsonParser opened, boolean yaml) throws IOException {
    try (JsonParser parser = opened) {
      if (parser.nextToken() == null) {
        return null;
      }
      JsonNode root = value(parser, yaml);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new JsonParseException(
            parser, "Unexpected content after the document's end: " + trailing);
      }
      return root;
    }
  }

  /** The value that starts at the parser's current token; leaves the parser on its last token. */
  private static JsonNode value(JsonParser parser, boolean yaml) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
          parser.nextToken();
          object.set(key, value(parser, yaml));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, yaml));
        }
        return array;
      case VALUE_STRING:
        if (yaml && Yaml.isAlias(parser)) {
          throw new JsonParseException(
              parser, "YAML aliases are not supported: *" + parser.getText() + " (write the value out)");
        }
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(parser, "Unexpected token " + parser.currentToken());
    }
  }

  /** jackson-dataformat-yaml, loaded only when a YAML file is read. */
  private static final class Yaml {
    static final YAMLFactory FACTORY =
        YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    static boolean isAlias(JsonParser parser) {
      return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
    }

    /**
     * The YAML parser's error in one line: what it was reading and what it found ({@code while
     * parsing a block mapping: expected <block end>, but found '<block mapping start>'}), where
     * its own message spreads these over several lines with an excerpt.
     */
    static JsonProcessingException withProblem(JsonProcessingException e) {
      if (!(e.getCause() instanceof MarkedYAMLException marked) || marked.getProblem() == null) {
        return e;
      }
      String problem =
          marked.getContext() == null
              ? marked.getProblem()
              : marked.getContext() + ": " + marked.getProblem();
      return new JsonParseException(null, problem, e.getLocation(), e);
    }
  }
}
