package dev.xmsgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallJsonTest {

  @Test
  void readsObjectsArraysAndScalars() throws Exception {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("a", 1L);
    expected.put("b", List.of(true, false, -12L));
    expected.put("c", null);
    expected.put("d", Map.of());
    expected.put("e", List.of());

    assertEquals(
        expected,
        SmallJson.parse(" {\"a\": 1, \"b\" : [true,false, -12],\n\"c\": null, \"d\": {}, \"e\": []} "));
  }

  @Test
  void decodesEveryStringEscape() throws Exception {
    assertEquals(
        "q\" b\\ s/ \b\f\n\r\t é ü",
        SmallJson.parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 ü\""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "{", "{\"a\" 1}", "{\"a\": 1,}", "[1 2]", "\"open", "1.5", "tru", "{} x", "\"\\x\""})
  void rejectsWhatIsNotJsonOrNotExpected(String text) {
    assertThrows(IOException.class, () -> SmallJson.parse(text), text);
  }

  @Test
  void readsWhatTheStateWriterWrites() throws Exception {
    String odd = "/specs/with space/\"quoted\"/tab\t/é/" + String.join("", Arrays.asList("\u0001"));
    GenerationState state =
        new GenerationState(
            "1.0",
            true,
            Map.of("specs", odd),
            Map.of(odd, new FileStamp("ab", 1, Long.MAX_VALUE)),
            Map.of(),
            new FileStamp("cd", 0, -1));

    byte[] bytes = StateFile.serialize(state);
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("state");
    java.nio.file.Files.createDirectories(dir.resolve(".xmsgen"));
    java.nio.file.Files.write(StateFile.location(dir), bytes);

    assertEquals(state, StateFile.read(dir));
  }
}
