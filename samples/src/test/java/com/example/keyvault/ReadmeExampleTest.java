package com.example.keyvault;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Call the service" example compiles, as printed, against the client this module
 * generates from the sample spec (and the azure-identity bridge it signs in with): its imports
 * become a file's imports, the rest the body of a method. A renamed method, a moved model or a
 * missing import in the README fails here.
 */
class ReadmeExampleTest {
  @TempDir Path classes;

  /** The first {@code ```java} block of the README's "Call the service" section. */
  static String example() throws Exception {
    Path root = Path.of(System.getProperty("xmsgen.projectSpecs", "../specs")).getParent();
    String readme = Files.readString(root.resolve("README.md"));
    int section = readme.indexOf("\n## Call the service\n");
    assertFalse(section < 0, "README has no 'Call the service' section");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```\n", start));
  }

  @Test
  void theClientExampleCompilesAgainstTheGeneratedClient() throws Exception {
    String example = example();
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : example.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).add(line);
    }
    assertTrue(imports.size() >= 3, "the example shows its imports:\n" + example);
    assertTrue(example.contains(".endpoint("), "the example sets the endpoint:\n" + example);
    String source =
        String.join("\n", imports)
            + "\n\nclass ReadmeExample {\n  void run() throws Exception {\n"
            + String.join("\n", body)
            + "\n  }\n}\n";

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///ReadmeExample.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      ok =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of(
                      "--release", "11",
                      "-Xlint:all,-path", "-Werror",
                      "-classpath", System.getProperty("java.class.path"),
                      "-d", classes.toString()),
                  null,
                  List.of(file))
              .call();
    }
    String errors =
        diagnostics.getDiagnostics().stream()
            .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(null))
            .collect(Collectors.joining("\n"));
    assertTrue(ok, errors + "\n--- as compiled:\n" + source);
    assertTrue(Files.isRegularFile(classes.resolve("ReadmeExample.class")));
  }
}
