package dev.xmsgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GeneratorOptions;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

  @TempDir Path dir;

  private static GenerationState sample() {
    return new GenerationState(
        "0.1.0",
        true,
        Map.of("packageName", "com.example", "clients", "true"),
        Map.of("/specs/keyvault.json", new FileStamp("ab12", 10, 1_700_000_000_123_456_789L)),
        new TreeMap<>(Map.of("com/example/Vault.java", new FileStamp("cd34", 20, 5))),
        null);
  }

  @Test
  void writesAndReadsBackTheSameState() throws Exception {
    StateFile.write(dir, sample());

    assertEquals(sample(), StateFile.read(dir));
  }

  @Test
  void isReadableJsonWithAFormatVersion() throws Exception {
    String text = new String(StateFile.serialize(sample()), StandardCharsets.UTF_8);

    assertTrue(text.startsWith("{\n  \"format\": 1,\n  \"generator\": {\n    \"name\": \"xmsgen\",\n"), text);
    assertTrue(text.contains("\"modified\": 1700000000123456789"), text);
    assertTrue(text.endsWith("\"report\": null\n}\n"), text);
  }

  @Test
  void aFolderWithoutStateHasNone() throws Exception {
    assertNull(StateFile.read(dir));
  }

  @Test
  void anotherFormatIsNotRead() throws Exception {
    String text = new String(StateFile.serialize(sample()), StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve(".xmsgen"));
    Files.writeString(StateFile.location(dir), text.replace("\"format\": 1", "\"format\": 2"));

    StateFile.UnreadableStateException e =
        assertThrows(StateFile.UnreadableStateException.class, () -> StateFile.read(dir));
    assertTrue(e.getMessage().endsWith("state format 2 is not the format 1 this version uses"), e.getMessage());
  }

  @Test
  void fingerprintCoversEveryGeneratorOption() {
    Fingerprint fingerprint =
        Fingerprint.of(
            new GeneratorOptions(List.of(Path.of("a.json"), Path.of("b/../c.json")), "com.x", false),
            Path.of("r.json"),
            "1.0");

    for (RecordComponent option : GeneratorOptions.class.getRecordComponents()) {
      assertTrue(fingerprint.options().containsKey(option.getName()), option.getName());
    }
    String cwd = Path.of("").toAbsolutePath().toString();
    assertEquals(
        cwd + "/a.json" + java.io.File.pathSeparator + cwd + "/c.json",
        fingerprint.options().get("specs"));
    assertEquals("false", fingerprint.options().get("clients"));
    assertEquals(cwd + "/r.json", fingerprint.options().get("report"));
  }
}
