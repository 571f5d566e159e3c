package dev.xmsgen.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xmsgen.core.Generator;
import dev.xmsgen.core.model.ApiModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A snapshot reads back as the model it was written from, so later diffs see the same API. */
class ApiSnapshotTest {
  @Test
  void theKeyVaultSampleReadsBackEqual() throws Exception {
    String base = System.getProperty("xmsgen.projectSpecs", "../specs");
    ApiModel model =
        new Generator().model(List.of(Path.of(base, "keyvault", "keyvault.json").toAbsolutePath()));
    ApiModel back = ApiSnapshot.read(ApiSnapshot.write(model));
    assertEquals(model, back);
    assertEquals(0, new ApiComparer(new dev.xmsgen.core.GeneratorOptions(List.of(), "x"))
        .compare(model, List.of(), back, List.of()).changes().size());
  }

  @Test
  void somethingElseIsNotASnapshot() {
    assertThrows(IOException.class, () -> ApiSnapshot.read("{\"client\": 3, \"types\": \"no\"}"));
  }
}
