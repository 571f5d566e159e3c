package dev.xmsgen.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xmsgen.core.Generator;
import dev.xmsgen.core.examples.SharedSpecs;
import dev.xmsgen.core.model.ApiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A snapshot reads back as the model it was written from, so later diffs see the same API. */
class ApiSnapshotTest {
  @Test
  void theKeyVaultSampleReadsBackEqual() throws Exception {
    String base = System.getProperty("xmsgen.projectSpecs", "../specs");
    ApiModel model =
        new Generator().model(List.of(Path.of(base, "keyvault", "keyvault.json").toAbsolutePath()), List.of());
    ApiModel back = ApiSnapshot.read(ApiSnapshot.write(model));
    assertEquals(model, back);
    assertEquals(0, new ApiComparer(new dev.xmsgen.core.GeneratorOptions(List.of(), "x"))
        .compare(model, List.of(), back, List.of()).changes().size());
  }

  static Stream<Path> ruleSpecs() throws IOException {
    String base = System.getProperty("xmsgen.projectSpecs", "../specs");
    try (Stream<Path> files = Files.list(Path.of(base, "rules"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleSpecs")
  void everyRuleSpecReadsBackEqual(Path spec) throws Exception {
    ApiModel model = new Generator().model(List.of(spec.toAbsolutePath()), List.of());
    assertEquals(model, ApiSnapshot.read(ApiSnapshot.write(model)));
  }

  @Test
  void theRealKeyVaultSpecsReadBackEqual() throws Exception {
    for (SharedSpecs specs : SharedSpecs.values()) {
      ApiModel model = new Generator().model(specs.files(), List.of());
      assertEquals(model, ApiSnapshot.read(ApiSnapshot.write(model)), specs.name());
    }
  }

  @Test
  void somethingElseIsNotASnapshot() {
    assertThrows(IOException.class, () -> ApiSnapshot.read("{\"client\": 3, \"types\": \"no\"}"));
  }
}
