package dev.xmsgen.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTreeReaderTest {

  private static JsonNode read(String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return JsonTreeReader.read(bytes, 0, bytes.length);
  }

  @Test
  void givesTheTreeJacksonsReadTreeGivesForTheKeyVaultSpecs() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Path> files =
        TestSpecs.shared(
            TestSpecs.PREVIEW, "keyvault.json", "managedHsm.json", "keys.json", "common.json");
    files.addAll(TestSpecs.shared(TestSpecs.STABLE, "keyvault.json", "managedHsm.json"));
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      assertEquals(mapper.readTree(bytes), JsonTreeReader.read(bytes, 0, bytes.length), file.toString());
    }
  }

  @Test
  void numbersKeepTheNodeTypesOfReadTree() throws IOException {
    String json =
        "{\"i\": 7, \"l\": 12345678901, \"big\": 123456789012345678901234567890,"
            + " \"d\": 1.50, \"e\": 1e3, \"n\": null, \"t\": true, \"a\": [\"x\", {}, []]}";
    JsonNode tree = read(json);
    assertEquals(new ObjectMapper().readTree(json), tree);
    assertTrue(tree.get("i").isInt());
    assertTrue(tree.get("l").isLong());
    assertTrue(tree.get("big").isBigInteger());
    assertTrue(tree.get("d").isDouble());
    assertEquals("1.5", tree.get("d").asText());
    assertTrue(tree.get("e").isDouble());
    assertTrue(tree.get("n").isNull());
  }

  @Test
  void keepsMembersInDocumentOrder() throws IOException {
    List<String> keys = new ArrayList<>();
    read("{\"b\":1,\"a\":2,\"c\":3}").fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("b", "a", "c"), keys);
  }

  @Test
  void blankTextIsNoDocument() throws IOException {
    assertNull(read(" \n\t"));
  }

  @Test
  void aMemberGivenTwiceIsAnErrorWithItsLocation() {
    JsonParseException e =
        assertThrows(JsonParseException.class, () -> read("{\"a\": 1,\n \"a\": 2}"));
    assertTrue(e.getOriginalMessage().contains("Duplicate field 'a'"), e.getOriginalMessage());
    assertEquals(2, e.getLocation().getLineNr());
  }

  @Test
  void contentAfterTheDocumentIsAnError() {
    JsonParseException e = assertThrows(JsonParseException.class, () -> read("{} {}"));
    assertTrue(e.getOriginalMessage().startsWith("Unexpected content after the document's end"));
  }

  @Test
  void truncatedTextIsAnError() {
    assertThrows(JsonParseException.class, () -> read("{\"a\": [1, 2"));
  }
}
