package dev.xmsgen.core.emit.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@code x-ms-parameter-grouping} end to end: the operations rule spec's {@code Items_List} takes
 * its {@code maxpagesize} in {@code ItemListOptions} and its {@code orderby} in the default group
 * {@code ItemsListParameters}; the request a real local server receives carries the fields that
 * were set and leaves out those of a group passed as {@code null}.
 */
class ParameterGroupsHttpTest {
  private static final String PACKAGE = "com.example.grouping";
  private static final String DRIVER =
      String.join(
          "\n",
          "package " + PACKAGE + ";",
          "",
          "import " + PACKAGE + ".models.Item;",
          "import " + PACKAGE + ".models.ItemListOptions;",
          "import " + PACKAGE + ".models.ItemsListParameters;",
          "import dev.xmsgen.runtime.TokenCredential;",
          "import java.util.ArrayList;",
          "import java.util.List;",
          "import java.util.UUID;",
          "import java.util.function.Function;",
          "",
          "/** Lists items with both groups, then with one left out. */",
          "public final class Driver implements Function<String, List<String>> {",
          "  @Override",
          "  public List<String> apply(String endpoint) {",
          "    ItemsClient items = ContosoStoresClient.builder()",
          "        .endpoint(endpoint)",
          "        .credential(TokenCredential.of(\"t\"))",
          "        .subscriptionId(UUID.fromString(\"00000000-0000-0000-0000-000000000001\"))",
          "        .build()",
          "        .items();",
          "    List<String> out = new ArrayList<>();",
          "    for (Item i : items.list(\"s1\", null, null,",
          "        new ItemListOptions().setMaxpagesize(5),",
          "        new ItemsListParameters().setOrderby(\"price desc\"))) {",
          "      out.add(i.getSku());",
          "    }",
          "    items.list(\"s1\", null, null, null, new ItemsListParameters())",
          "        .forEach(i -> out.add(i.getSku()));",
          "    return out;",
          "  }",
          "}",
          "");

  @Test
  void groupFieldsGoOnTheWireAndANullGroupLeavesItsFieldsOut() throws Exception {
    Path spec = Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "rules", "operations.json");
    GenerationResult result = new Generator().generate(new GeneratorOptions(List.of(spec), PACKAGE));
    ClassLoader loader =
        GeneratedClients.compile(result.files(), List.<String[]>of(new String[] {PACKAGE + ".Driver", DRIVER}));
    try (LocalServer server = new LocalServer()) {
      server.on("GET", "/stores/s1/items", 200, "{\"items\":[{\"sku\":\"a-1\"}]}");
      @SuppressWarnings("unchecked")
      Function<String, List<String>> driver =
          (Function<String, List<String>>)
              loader.loadClass(PACKAGE + ".Driver").getDeclaredConstructor().newInstance();

      assertEquals(List.of("a-1", "a-1"), driver.apply(server.base()));
      assertEquals(
          List.of(
              "/stores/s1/items?api-version=2024-03-01&maxpagesize=5&orderby=price%20desc",
              "/stores/s1/items?api-version=2024-03-01"),
          server.requests().stream().map(LocalServer.Request::uri).toList());
    }
  }
}
