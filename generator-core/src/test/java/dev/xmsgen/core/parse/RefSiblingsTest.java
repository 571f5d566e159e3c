package dev.xmsgen.core.parse;

import static dev.xmsgen.core.parse.TestSpecs.PREVIEW;
import static dev.xmsgen.core.parse.TestSpecs.STABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.naming.JavaNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * swagger-parser drops the keys written beside a {@code $ref}; the model must not. Checks every
 * property of the real KeyVault specs that has a {@code $ref} with siblings against the raw JSON.
 */
class RefSiblingsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void previewKeepsEveryKeyBesideARef() throws Exception {
    List<Path> files =
        TestSpecs.shared(
            PREVIEW, "keyvault.json", "managedHsm.json", "keys.json", "secrets.json",
            "providers.json", "common.json");
    assertEquals(48, checkAll(files));
  }

  @Test
  void stableKeepsEveryKeyBesideARef() throws Exception {
    List<Path> files =
        TestSpecs.shared(
            STABLE, "keyvault.json", "managedHsm.json", "keys.json", "keysManagedHsm.json",
            "secrets.json", "providers.json", "common.json");
    assertTrue(checkAll(files) >= 18);
  }

  /** Checks every property with a $ref and siblings in {@code files}; returns how many. */
  private static int checkAll(List<Path> files) throws Exception {
    ApiModel model = TestSpecs.parse(files).model();
    int checked = 0;
    for (Path file : files) {
      JsonNode definitions = JSON.readTree(file.toFile()).path("definitions");
      for (Map.Entry<String, JsonNode> definition : definitions.properties()) {
        JsonNode properties = definition.getValue().path("properties");
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
          JsonNode schema = property.getValue();
          if (schema.has("$ref") && schema.size() > 1) {
            ObjectModel owner = owner(model, file, definition.getKey());
            check(owner, property.getKey(), schema);
            checked++;
          }
        }
      }
    }
    return checked;
  }

  private static ObjectModel owner(ApiModel model, Path file, String definition) {
    SourceRef source = new SourceRef(file.getFileName().toString(), "/definitions/" + definition);
    for (TypeDef t : model.types()) {
      if (t instanceof ObjectModel o && o.source().equals(source)) {
        return o;
      }
    }
    throw new AssertionError("no model class for " + source);
  }

  private static void check(ObjectModel owner, String wireName, JsonNode schema) {
    PropertyModel p = TestSpecs.property(owner, wireName);
    String where = owner.name() + "." + wireName;
    if (schema.has("description")) {
      assertEquals(schema.get("description").asText().strip(), p.description(), where);
    }
    if (schema.has("readOnly")) {
      assertEquals(schema.get("readOnly").asBoolean(), p.readOnly(), where);
    }
    if (schema.has("x-ms-client-flatten")) {
      assertEquals(schema.get("x-ms-client-flatten").asBoolean(), p.flatten(), where);
    }
    if (schema.has("x-ms-client-name")) {
      assertEquals(JavaNames.camel(schema.get("x-ms-client-name").asText()), p.javaName(), where);
    }
  }
}
