package dev.xmsgen.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.core.testing.InMemoryCompiler;
import dev.xmsgen.runtime.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code x-nullable}: a {@code null} the user sets, or the service sent, goes back as JSON {@code
 * null} ("clear this"), while a property nobody touched is not sent at all. Checked on {@code
 * Account.nickname} of the rule spec {@code specs/rules/readonly-required.json}.
 */
class NullablePropertyTest {
  private static final String ACCOUNT = "com.example.nullable.models.Account";
  private static final ObjectMapper MAPPER =
      Json.mapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static CompiledClasses classes;

  @BeforeAll
  static void generate() throws Exception {
    Path spec =
        Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "rules", "readonly-required.json");
    classes =
        InMemoryCompiler.compile(
            new Generator()
                .generate(new GeneratorOptions(List.of(spec), "com.example.nullable", false))
                .files());
  }

  private static String write(Object account) throws Exception {
    return MAPPER.writeValueAsString(account);
  }

  @Test
  void anUntouchedNullablePropertyIsNotSent() throws Exception {
    Object account = classes.newInstance(ACCOUNT);
    assertNull(CompiledClasses.call(account, "getNickname"));
    assertEquals("{}", write(account));
  }

  @Test
  void aNullSetOnPurposeIsSentAsJsonNull() throws Exception {
    Object account = classes.newInstance(ACCOUNT);
    CompiledClasses.call(account, "setNickname", (Object) null);
    assertEquals("{\"nickname\":null}", write(account));
    CompiledClasses.call(account, "setNickname", "kim");
    assertEquals("{\"nickname\":\"kim\"}", write(account));
  }

  @Test
  void aNullFromTheWireGoesBackAsNullAndAnAbsentKeyStaysAbsent() throws Exception {
    Object cleared = MAPPER.readValue("{\"nickname\":null}", classes.type(ACCOUNT));
    assertNull(CompiledClasses.call(cleared, "getNickname"));
    assertEquals("{\"nickname\":null}", write(cleared));

    Object absent = MAPPER.readValue("{}", classes.type(ACCOUNT));
    assertEquals("{}", write(absent));

    Object named = MAPPER.readValue("{\"nickname\":\"kim\"}", classes.type(ACCOUNT));
    assertEquals("kim", CompiledClasses.call(named, "getNickname"));
  }
}
