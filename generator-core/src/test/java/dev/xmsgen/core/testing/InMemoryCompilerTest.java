package dev.xmsgen.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.generated.GeneratedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiler used on generated code is as strict as users' builds may be. */
class InMemoryCompilerTest {

  @Test
  void aWarningFailsTheCompilationAndIsShownWithItsLine() {
    GeneratedFile raw =
        new GeneratedFile(
            "p/Raw.java",
            "package p;\n"
                + "public class Raw {\n"
                + "  public java.util.List items = new java.util.ArrayList<String>();\n"
                + "}\n");
    AssertionError e =
        assertThrows(AssertionError.class, () -> InMemoryCompiler.compile(List.of(raw)));
    assertTrue(e.getMessage().contains("p/Raw.java:3"), e.getMessage());
    assertTrue(e.getMessage().contains("public java.util.List items"), e.getMessage());
  }

  @Test
  void codeNeedingANewerJdkThan11DoesNotCompile() {
    GeneratedFile record = new GeneratedFile("p/R.java", "package p;\npublic record R(int x) {}\n");
    assertThrows(AssertionError.class, () -> InMemoryCompiler.compile(List.of(record)));
  }

  @Test
  void compiledClassesLoadAndSeeTheRuntime() {
    GeneratedFile uses =
        new GeneratedFile(
            "p/Uses.java",
            "package p;\n"
                + "public class Uses {\n"
                + "  public Uses() {\n"
                + "  }\n\n"
                + "  public String json() throws Exception {\n"
                + "    return"
                + " dev.xmsgen.runtime.Json.mapper().writeValueAsString(java.util.Map.of(\"a\","
                + " 1));\n"
                + "  }\n"
                + "}\n");
    CompiledClasses classes = InMemoryCompiler.compile(List.of(uses));
    assertEquals("{\"a\":1}", CompiledClasses.call(classes.newInstance("p.Uses"), "json"));
  }
}
