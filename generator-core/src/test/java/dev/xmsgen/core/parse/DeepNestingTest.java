package dev.xmsgen.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How deep a spec may nest is not up to the spec: chains of definitions 10,000 long end in one
 * clear error, not in a {@link StackOverflowError}, and chains within the bound generate.
 */
class DeepNestingTest {
  @TempDir Path dir;

  /** A spec whose definitions are {@code D0 .. D(n-1)}, each made by {@code definition}. */
  private Path chain(String name, int n, IntFunction<String> definition) throws IOException {
    StringBuilder json = new StringBuilder();
    json.append("{\"swagger\":\"2.0\",\"info\":{\"title\":\"Deep\",\"version\":\"1\"},")
        .append("\"host\":\"example.com\",\"paths\":{},\"definitions\":{");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("\"D").append(i).append("\":");
      json.append(definition.apply(i));
    }
    json.append("}}");
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  /** Each extends the next through allOf. */
  private Path allOfChain(int n) throws IOException {
    return chain(
        "allof-" + n + ".json",
        n,
        i ->
            "{\"type\":\"object\",\"properties\":{\"p" + i + "\":{\"type\":\"string\"}}"
                + (i + 1 < n ? ",\"allOf\":[{\"$ref\":\"#/definitions/D" + (i + 1) + "\"}]" : "")
                + "}");
  }

  /** Each has a property holding the next. */
  private Path propertyChain(int n) throws IOException {
    return chain(
        "properties-" + n + ".json",
        n,
        i ->
            "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}"
                + (i + 1 < n ? ",\"next\":{\"$ref\":\"#/definitions/D" + (i + 1) + "\"}" : "")
                + "}}");
  }

  /** Each is only a reference to the next (an alias), the last an object. */
  private Path aliasChain(int n) throws IOException {
    return chain(
        "aliases-" + n + ".json",
        n,
        i ->
            i + 1 < n
                ? "{\"$ref\":\"#/definitions/D" + (i + 1) + "\"}"
                : "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}");
  }

  private static GenerationResult generate(Path spec) throws SpecException {
    return new Generator().generate(new GeneratorOptions(List.of(spec), "com.example.deep"));
  }

  private static void assertTooDeep(Path spec) {
    SpecException e = assertThrows(SpecException.class, () -> generate(spec));
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Diagnostic.Severity.ERROR, d.severity());
    assertTrue(
        d.message().startsWith("schemas nest more than " + SchemaReader.MAX_DEPTH + " levels deep"),
        d.message());
    assertTrue(d.source().pointer().startsWith("/definitions/D"), d.toString());
  }

  @Test
  void anAllOfChainTenThousandLongIsOneClearError() throws IOException {
    assertTooDeep(allOfChain(10_000));
  }

  @Test
  void aPropertyChainTenThousandLongIsOneClearError() throws IOException {
    assertTooDeep(propertyChain(10_000));
  }

  @Test
  void anAliasChainTenThousandLongIsOneClearError() throws IOException {
    assertTooDeep(aliasChain(10_000));
  }

  @Test
  void jsonNestedTenThousandLevelsDeepIsInvalidJson() throws IOException {
    String nested =
        "{\"type\":\"array\",\"items\":".repeat(10_000) + "{\"type\":\"string\"}" + "}".repeat(10_000);
    Path spec = chain("inline.json", 1, i -> nested);
    SpecException e = assertThrows(SpecException.class, () -> generate(spec));
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    assertTrue(e.diagnostics().get(0).message().startsWith("is not valid JSON"), e.getMessage());
  }

  @Test
  void chainsWithinTheBoundGenerate() throws Exception {
    int properties = SchemaReader.MAX_DEPTH - 6;
    assertEquals(properties, generate(propertyChain(properties)).model().types().size());
    int aliases = SchemaReader.MAX_DEPTH - 6;
    assertEquals(1, generate(aliasChain(aliases)).model().types().size());
    // each class of an allOf chain repeats what it inherits, so the output grows with the
    // square of the length: a shorter chain keeps the test quick
    int parents = 60;
    assertEquals(parents, generate(allOfChain(parents)).model().types().size());
  }
}
