package dev.xmsgen.core.emit.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.runtime.ClientBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles generated clients as a user's build would ({@code --release 11 -Xlint:all -Werror}, with
 * only the runtime and jackson on the class path) and loads the result.
 */
final class GeneratedClients {
  private GeneratedClients() {}

  /**
   * Compiles the files and extra sources ({@code [fully qualified name, source]} pairs), failing on
   * any error or warning, and returns a loader for the classes.
   */
  static ClassLoader compile(List<GeneratedFile> files, List<String[]> extraSources) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile f : files) {
      String name = f.relativePath().replace('/', '.').replaceAll("\\.java$", "");
      sources.add(JavaFileObjects.forSourceString(name, f.content()));
    }
    for (String[] s : extraSources) {
      sources.add(JavaFileObjects.forSourceString(s[0], s[1]));
    }
    Compilation compilation =
        Compiler.javac()
            .withOptions("--release", "11", "-Xlint:all", "-Werror")
            .withClasspath(classpath())
            .compile(sources);
    String problems =
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .map(d -> d.getSource() == null ? d.toString() : d.getSource().getName() + ": " + d)
            .collect(Collectors.joining("\n"));
    assertEquals("", problems, "the generated clients must compile without warnings");
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    Map<String, JavaFileObject> classes =
        compilation.generatedFiles().stream()
            .filter(f -> f.getKind() == JavaFileObject.Kind.CLASS)
            .collect(Collectors.toMap(f -> f.toUri().getPath(), f -> f));
    return new ClassLoader(GeneratedClients.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        String suffix = "/" + name.replace('.', '/') + ".class";
        for (Map.Entry<String, JavaFileObject> e : classes.entrySet()) {
          if (e.getKey().endsWith(suffix)) {
            try (InputStream in = e.getValue().openInputStream()) {
              byte[] bytes = in.readAllBytes();
              return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          }
        }
        throw new ClassNotFoundException(name);
      }
    };
  }

  /** The runtime module and jackson: all that generated code may need besides the JDK. */
  private static List<File> classpath() {
    List<File> path = new ArrayList<>();
    for (Class<?> c :
        List.of(ClientBuilder.class, ObjectMapper.class, JsonParser.class, JsonInclude.class)) {
      try {
        path.add(new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return path;
  }
}
