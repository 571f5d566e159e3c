package dev.xmsgen.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.core.testing.InMemoryCompiler;
import dev.xmsgen.core.testing.JavadocLint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Everything the golden cases emit compiles with {@code --release 11 -Xlint:all -Werror}, and its
 * Javadoc passes {@code -Xdoclint:all}.
 */
class GeneratedCodeCompilesTest {

  @Test
  void everyGoldenCaseCompilesStrictlyAgainstTheRuntimeAndJacksonOnly() {
    List<GeneratedFile> files = GoldenCases.emitAll();
    CompiledClasses classes = InMemoryCompiler.compile(files);
    for (GeneratedFile file : files) {
      String name = file.relativePath().replaceAll("\\.java$", "").replace('/', '.');
      assertTrue(classes.names().contains(name), name + " was not compiled");
    }
  }

  @Test
  void everyGoldenCaseHasCleanJavadoc() {
    JavadocLint.check(GoldenCases.emitAll());
  }

  @Test
  void outputIsByteIdenticalFromRunToRun() {
    assertEquals(GoldenCases.emitAll(), GoldenCases.emitAll());
  }
}
