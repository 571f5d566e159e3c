package dev.xmsgen.core.output;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.report.HandMadeApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A process for {@link SigkillTest} to kill: generates into a folder again and again, switching
 * between two sets of files, and says "writing" once it has started.
 */
public final class KillTarget {
  private KillTarget() {}

  /** {@code files} files named {@code <prefix>/F<i>.java}. */
  static GenerationResult files(Path spec, String prefix, int files) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      pairs.add(prefix + "/F" + i + ".java");
      pairs.add("class F" + i + " { /* " + prefix + " */ }");
    }
    return HandMadeApi.result(List.of(spec), pairs.toArray(String[]::new));
  }

  /** Arguments: the output folder and a spec file. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path spec = Path.of(args[1]);
    System.out.println("writing");
    System.out.flush();
    for (int round = 0; ; round++) {
      GenerationResult result = files(spec, round % 2 == 0 ? "com/one" : "com/two", 150);
      new IncrementalGeneration(options -> result, "1.0")
          .run(
              new IncrementalGeneration.Request(
                  new GeneratorOptions(List.of(spec), round % 2 == 0 ? "com.one" : "com.two"),
                  out,
                  null,
                  true));
    }
  }
}
