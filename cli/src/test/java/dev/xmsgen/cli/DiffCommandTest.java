package dev.xmsgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.output.IncrementalGeneration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xmsgen diff} on the project's spec pairs: reports, exit codes and accept files. */
class DiffCommandTest {
  @TempDir Path dir;

  private final Cli cli = new Cli(new IncrementalGeneration());

  private static String spec(String pair, String side) {
    return Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "diff", pair, side + ".json")
        .toString();
  }

  private int diff(String pair, String... more) {
    String[] base = {
      "diff", "--old-spec", spec(pair, "old"), "--new-spec", spec(pair, "new"), "--package", "com.example"
    };
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return cli.run(args);
  }

  @Test
  void printsMarkdownAndExitsZeroByDefault() {
    assertEquals(0, diff("property-removed"), cli.err());
    assertTrue(cli.out().contains("### Breaking changes"), cli.out());
    assertTrue(cli.out().contains("`com.example.models.Vault#getName()` property-removed"), cli.out());
  }

  @Test
  void failOnBreakingExitsThreeForABreakingChangeAndZeroForAnOtherChange() {
    assertEquals(3, diff("property-removed", "--fail-on", "breaking"), cli.err());
    assertTrue(cli.err().contains("1 breaking change(s) not accepted"), cli.err());
    assertEquals(0, diff("property-added", "--fail-on", "breaking"), cli.err());
    assertEquals(3, diff("property-added", "--fail-on", "any"), cli.err());
    assertEquals(0, diff("property-removed", "--fail-on", "none"), cli.err());
  }

  @Test
  void writesJsonToTheOutputFile() throws Exception {
    Path report = dir.resolve("out/diff.json");
    assertEquals(0, diff("enum-value-added-open", "--format", "json", "--output", report.toString()));
    assertTrue(cli.out().contains("0 breaking, 1 other change; report in"), cli.out());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals("enum-value-added", json.at("/changes/0/kind").asText());
    assertEquals("com.example.models.SkuFamily.C", json.at("/changes/0/java").asText());
    assertEquals(0, json.at("/summary/breaking").asInt());
  }

  @Test
  void anAcceptFileLetsItsBreakingChangesThrough() throws Exception {
    Path accept = dir.resolve("accepted.json");
    Files.writeString(accept, "[{\"java\": \"com.example.models.Vault#getName()\", \"kind\":"
        + " \"property-removed\", \"reason\": \"the service never returned it\"}]");
    assertEquals(0, diff("property-removed", "--fail-on", "breaking", "--accept", accept.toString()),
        cli.err());
    assertTrue(cli.out().contains("accepted: the service never returned it"), cli.out());
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    assertEquals(2, diff("property-removed", "--fail-on", "sometimes"));
    assertTrue(cli.err().contains("fail-on must be breaking, any or none"), cli.err());
    assertEquals(2, diff("property-removed", "--format", "xml"));
    assertEquals(2, cli.run("diff", "--old-spec", spec("property-removed", "old"), "--package", "x"));
    assertEquals(2, cli.run("diff", "--old-spec", dir.resolve("none.json").toString(),
        "--new-spec", spec("property-removed", "new"), "--package", "com.example"));
    assertTrue(cli.err().contains("spec file not found"), cli.err());
    Path accept = dir.resolve("accept.txt");
    Files.writeString(accept, "com.example.models.Vault#getName() | property-removed |\n");
    assertEquals(2, diff("property-removed", "--accept", accept.toString()));
    assertTrue(cli.err().contains("no reason given"), cli.err());
  }

  @Test
  void specErrorsExitOne() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"swagger\": \"2.0\", \"info\": {\"title\": \"X\", \"version\": \"1\"},"
        + " \"paths\": {}, \"definitions\": {\"A\": {\"$ref\": \"#/definitions/Missing\"}}}");
    assertEquals(1, cli.run("diff", "--old-spec", broken.toString(), "--new-spec",
        spec("property-removed", "new"), "--package", "com.example"), cli.err());
    assertTrue(cli.err().contains("broken.json#/definitions/A"), cli.err());
  }
}
