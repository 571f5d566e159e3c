package dev.xmsgen.core.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.runtime.Json;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles generated sources in memory the way users' builds must be able to: {@code --release 11
 * -Xlint:all -Werror}, with only the runtime module and Jackson on the class path. Any error or
 * warning fails with every diagnostic and the offending source lines in the message.
 *
 * <p>{@link #compile} returns the loaded classes; they see the test's own Jackson and runtime, so
 * they work with {@link Json#mapper()}.
 *
 * <pre>{@code
 * CompiledClasses classes = InMemoryCompiler.compile(new JavaEmitter("com.example").emit(model));
 * Object vault = classes.newInstance("com.example.Vault");
 * }</pre>
 */
public final class InMemoryCompiler {
  /** What every generated file must compile with. */
  public static final List<String> OPTIONS = List.of("--release", "11", "-Xlint:all", "-Werror");

  private InMemoryCompiler() {}

  /** Compiles {@code files} strictly; throws {@link AssertionError} listing every diagnostic. */
  public static CompiledClasses compile(List<GeneratedFile> files) {
    Map<String, String> sources = new HashMap<>();
    List<JavaFileObject> objects =
        files.stream()
            .map(
                f -> {
                  String name = f.relativePath().replaceAll("\\.java$", "").replace('/', '.');
                  sources.put(name, f.content());
                  return JavaFileObjects.forSourceString(name, f.content());
                })
            .collect(Collectors.toList());
    Compilation compilation =
        Compiler.javac().withOptions(OPTIONS).withClasspath(classpath(files)).compile(objects);
    if (compilation.status() != Compilation.Status.SUCCESS || !compilation.warnings().isEmpty()) {
      throw new AssertionError(describe(compilation, sources));
    }
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        classes.put(binaryName(file), bytes(file));
      }
    }
    return new CompiledClasses(classes);
  }

  /** The runtime module, jackson-databind, -core and -annotations: what generated code may use. */
  public static List<File> classpath() {
    return List.of(
        location(Json.class),
        location(ObjectMapper.class),
        location(JsonParser.class),
        location(JsonProperty.class));
  }

  /**
   * {@link #classpath()}, and {@code jackson-dataformat-xml} when a file uses its annotations: the
   * generator writes them only for APIs with XML operations, so JSON-only code never needs it.
   */
  public static List<File> classpath(List<GeneratedFile> files) {
    boolean xml = files.stream().anyMatch(f -> f.content().contains(XML_ANNOTATIONS));
    if (!xml) {
      return classpath();
    }
    List<File> out = new java.util.ArrayList<>(classpath());
    out.add(location(com.fasterxml.jackson.dataformat.xml.XmlMapper.class));
    return out;
  }

  private static final String XML_ANNOTATIONS = "com.fasterxml.jackson.dataformat.xml.annotation";

  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String binaryName(JavaFileObject file) {
    String path = file.toUri().getPath();
    String marker = "CLASS_OUTPUT/";
    int at = path.indexOf(marker);
    String relative = at >= 0 ? path.substring(at + marker.length()) : path.substring(1);
    return relative.replaceAll("\\.class$", "").replace('/', '.');
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Compilation compilation, Map<String, String> sources) {
    StringBuilder out =
        new StringBuilder("generated code does not compile cleanly with ")
            .append(String.join(" ", OPTIONS))
            .append(":\n");
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String file = d.getSource() == null ? "?" : d.getSource().getName();
      out.append(d.getKind())
          .append(' ')
          .append(file)
          .append(':')
          .append(d.getLineNumber())
          .append(": ")
          .append(d.getMessage(Locale.ROOT))
          .append('\n');
      if (d.getSource() != null && d.getLineNumber() > 0) {
        String name = file.replaceAll("^/", "").replaceAll("\\.java$", "").replace('/', '.');
        String source = sources.get(name);
        if (source != null) {
          String[] lines = source.split("\n", -1);
          int line = (int) d.getLineNumber();
          if (line <= lines.length) {
            out.append("    > ").append(lines[line - 1].strip()).append('\n');
          }
        }
      }
    }
    return out.toString();
  }
}
