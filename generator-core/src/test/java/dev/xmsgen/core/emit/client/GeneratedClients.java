package dev.xmsgen.core.emit.client;

import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.testing.InMemoryCompiler;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles generated clients together with hand-written driver sources, as a user's build would
 * ({@link InMemoryCompiler#OPTIONS}, with only the runtime and Jackson on the class path), and
 * loads the result.
 */
final class GeneratedClients {
  private GeneratedClients() {}

  /**
   * Compiles the files and extra sources ({@code [fully qualified name, source]} pairs), failing on
   * any error or warning, and returns a loader for the classes.
   */
  static ClassLoader compile(List<GeneratedFile> files, List<String[]> extraSources) {
    List<GeneratedFile> all = new ArrayList<>(files);
    for (String[] s : extraSources) {
      all.add(new GeneratedFile(s[0].replace('.', '/') + ".java", s[1]));
    }
    return InMemoryCompiler.compile(all);
  }
}
