package dev.xmsgen.core.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.examples.ExampleCatalog;
import dev.xmsgen.core.examples.ExampleCatalog.ExampleCase;
import dev.xmsgen.core.examples.SharedSpecs;
import dev.xmsgen.core.model.OperationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation that has an example file, called through the generated clients against a real
 * HTTP server on localhost that plays the example: the server checks each request against the
 * example's parameters and answers with the example's responses; the typed result must hold what
 * the example's response holds, read-only values included. Long-running operations run through the
 * client's poller, pageable ones through their pages.
 *
 * <p>One dynamic test per example file, then a summary that prints {@code examples: N operations
 * called, M passed} for the spec set, the operations without an example file (known gaps, not
 * failures) and every failure.
 */
class GeneratedClientExamplesTest {

  @TestFactory
  Stream<DynamicTest> keyVault2021PreviewClientsPlayEveryExample() throws Exception {
    return examples(SharedSpecs.KEYVAULT_2021_06_01_PREVIEW);
  }

  @TestFactory
  Stream<DynamicTest> keyVault2025StableClientsPlayEveryExample() throws Exception {
    return examples(SharedSpecs.KEYVAULT_2025_05_01);
  }

  @TestFactory
  Stream<DynamicTest> keyVault2025SingleFileClientsPlayEveryExample() throws Exception {
    return examples(SharedSpecs.KEYVAULT_2025_05_01_SINGLE_FILE);
  }

  private static Stream<DynamicTest> examples(SharedSpecs specs) throws Exception {
    GeneratedService service = GeneratedService.of(specs);
    ExampleCatalog catalog = ExampleCatalog.of(specs.files());
    assertTrue(catalog.cases().size() > 10, "too few examples: " + catalog.cases().size());
    ExampleServer server = new ExampleServer();
    ExampleRunner runner = new ExampleRunner(service, server);
    List<DynamicTest> tests = new ArrayList<>();
    for (ExampleCase example : catalog.cases()) {
      tests.add(
          DynamicTest.dynamicTest(
              example.toString(),
              () -> assertEquals(List.of(), runner.run(example), example.toString())));
    }
    tests.add(
        DynamicTest.dynamicTest("summary", () -> summary(specs, service, catalog, runner, server)));
    return tests.stream().onClose(server::close);
  }

  private static void summary(
      SharedSpecs specs,
      GeneratedService service,
      ExampleCatalog catalog,
      ExampleRunner runner,
      ExampleServer server) {
    Set<String> withExamples =
        catalog.cases().stream().map(ExampleCase::operationId).collect(Collectors.toSet());
    Set<String> without = new TreeSet<>();
    for (var group : service.model().groups()) {
      for (OperationModel op : group.operations()) {
        if (!withExamples.contains(op.operationId())) {
          without.add(op.operationId());
        }
      }
    }
    System.out.printf(
        "examples: %d operations called, %d passed (%s: %d example responses served)%n",
        runner.called(), runner.passed(), specs, runner.responses());
    System.out.printf(
        "  %s operations without an example file (%d, not failures): %s%n",
        specs, without.size(), String.join(", ", without));
    if (!catalog.missing().isEmpty()) {
      System.out.printf(
          "  %s example files named but absent (%d): %s%n",
          specs, catalog.missing().size(), String.join(", ", catalog.missing()));
    }
    runner.failures().forEach(f -> System.out.println("  FAILED " + f));
    assertEquals(List.of(), server.problems(), "requests the server could not answer");
    assertEquals(List.of(), runner.failures(), specs + ": examples that failed");
    assertEquals(catalog.cases().size(), runner.called(), "every example was called");
  }
}
