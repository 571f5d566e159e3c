package dev.xmsgen.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON and Markdown forms of a diff, and what accept lists and fail-on levels let through. */
class ReportsTest {
  @TempDir Path dir;

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(DiffSpecs.diff("property-removed")));
    assertEquals("[old, new, summary, changes]", names(json));
    assertEquals("2024-01-01", json.at("/old/apiVersion").asText());
    assertEquals("old.json", json.at("/old/specs/0").asText());
    assertEquals(1, json.at("/summary/breaking").asInt());
    assertEquals(0, json.at("/summary/nonBreaking").asInt());
    JsonNode change = json.at("/changes/0");
    assertEquals("[kind, breaking, java, spec, message]", names(change));
    assertEquals("property-removed", change.get("kind").asText());
    assertTrue(change.get("breaking").asBoolean());
    assertEquals("com.example.models.Vault#getName()", change.get("java").asText());
    assertEquals("old.json#/definitions/Vault/properties/name", change.at("/spec/old").asText());
    assertTrue(change.at("/spec/new").isNull());
  }

  @Test
  void markdownGroupsBreakingAndOtherChanges() throws Exception {
    String md = MarkdownReport.render(DiffSpecs.diff("error-model-changed").accept(AcceptList.none()));
    assertFalse(md.contains("### Breaking changes"), md);
    assertTrue(md.contains("### Other changes"), md);
    assertTrue(md.contains("0 breaking, 2 other changes."), md);
    assertTrue(md.contains("- `com.example.models.CloudError` model-added: new model CloudError"
        + " (new `new.json#/definitions/CloudError`)\n"), md);

    String breaking = MarkdownReport.render(DiffSpecs.diff("property-removed"));
    assertTrue(breaking.contains("### Breaking changes\n\n- `com.example.models.Vault#getName()`"
        + " property-removed: "), breaking);
  }

  @Test
  void acceptedBreakingChangesNoLongerFailButAreStillReported() throws Exception {
    ApiDiff diff = DiffSpecs.diff("property-removed");
    assertTrue(diff.reaches(FailOn.BREAKING));
    assertTrue(diff.reaches(FailOn.ANY));
    assertFalse(diff.reaches(FailOn.NONE));

    Path text = dir.resolve("accept.txt");
    Files.writeString(text, "# reviewed\ncom.example.models.Vault#getName() | property-removed |"
        + " never returned by the service\n");
    ApiDiff accepted = diff.accept(AcceptList.read(text));
    assertFalse(accepted.reaches(FailOn.BREAKING));
    assertEquals(1, accepted.breaking());
    assertTrue(MarkdownReport.render(accepted).contains("accepted: never returned by the service"));
    assertEquals("never returned by the service",
        new ObjectMapper().readTree(JsonReport.render(accepted)).at("/changes/0/accepted").asText());

    Path json = dir.resolve("accept.json");
    Files.writeString(json, "[{\"java\": \"com.example.models.Vault#getName()\", \"kind\":"
        + " \"property-added\", \"reason\": \"wrong kind\"}]");
    assertTrue(diff.accept(AcceptList.read(json)).reaches(FailOn.BREAKING), "kind must match");
  }

  @Test
  void anAcceptEntryNeedsAReasonAndAKnownKind() throws Exception {
    Path file = dir.resolve("accept.json");
    Files.writeString(file, "[{\"java\": \"com.example.models.Vault#getName()\"}]");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> AcceptList.read(file))
        .getMessage().contains("no reason"));
    Files.writeString(file, "[{\"java\": \"X\", \"kind\": \"gone\", \"reason\": \"r\"}]");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> AcceptList.read(file))
        .getMessage().contains("unknown change kind 'gone'"));
  }

  private static String names(JsonNode node) {
    java.util.List<String> out = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out.toString();
  }
}
