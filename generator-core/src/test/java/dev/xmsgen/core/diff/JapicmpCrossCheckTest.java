package dev.xmsgen.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.testing.InMemoryCompiler;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiField;
import japicmp.model.JApiMethod;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-checks the diff's breaking flags with japicmp: for every spec pair under {@code
 * specs/diff}, the old and the new generated code are compiled and compared as jars, and every
 * class in which japicmp finds a source-incompatible change must be named by a breaking change of
 * our report, unless {@link #EXPLAINED} says why our report names it differently.
 *
 * <p>The other direction is not required, and differs by design: japicmp sees only signatures, so
 * it calls source compatible what breaks behaviour (a closed enum's new value, a property that
 * requests now need, a discriminator's wire value, two {@code String} arguments swapped).
 */
class JapicmpCrossCheckTest {
  private static final String PKG = "com.example";

  /**
   * Classes japicmp flags that our report does not name itself, by case: why the report is right
   * anyway. Each entry is checked to be flagged by japicmp, so a stale one fails.
   */
  private static final Map<String, Map<String, String>> EXPLAINED =
      Map.of(
          "model-renamed",
          Map.of(
              PKG + ".models.VaultProperties",
                  "the rename is reported once, under the new name KeyVaultProperties, with the old"
                      + " name in its message",
              PKG + ".models.Vault",
                  "Vault#getProperties() now returns KeyVaultProperties: a use of the renamed type,"
                      + " which the rename line covers instead of repeating it at every use"),
          "enum-renamed",
          Map.of(
              PKG + ".models.SkuName",
                  "the rename is reported once, under the new name VaultSkuName, with the old name"
                      + " in its message",
              PKG + ".models.Sku",
                  "Sku#getName() and setName now use VaultSkuName: uses of the renamed enum, which"
                      + " the rename line covers"),
          "group-renamed",
          Map.of(
              PKG + ".DemoClient",
                  "the accessor vaults() became keyVaults(): the group-renamed line names the new"
                      + " client class and says so",
              PKG + ".VaultsClient",
                  "the class is gone: the group-renamed line names it in its message, under the"
                      + " new class KeyVaultsClient"),
          "group-removed",
          Map.of(
              PKG + ".DemoClient",
                  "its accessor keys() is gone with the group: the group-removed line on"
                      + " KeysClient covers it"));

  @TempDir Path dir;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(DiffSpecs.folder("."))) {
      return dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(n -> !n.equals("."))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everySourceIncompatibleChangeJapicmpFindsIsBreakingInOurReport(String name) throws Exception {
    Path pair = DiffSpecs.folder(name);
    File oldJar = jar(pair.resolve("old.json"), "old");
    File newJar = jar(pair.resolve("new.json"), "new");
    Map<String, List<String>> flagged = japicmp(oldJar, newJar);

    ApiDiff diff = DiffSpecs.diff(name);
    Set<String> named =
        diff.changes().stream()
            .filter(ApiChange::breaking)
            .map(c -> classOf(c.java()))
            .collect(Collectors.toCollection(TreeSet::new));
    Map<String, String> explained = EXPLAINED.getOrDefault(name, Map.of());
    List<String> missing = new ArrayList<>();
    flagged.forEach(
        (type, changes) -> {
          if (!named.contains(type) && !explained.containsKey(type)) {
            missing.add(type + " " + changes);
          }
        });
    assertTrue(
        missing.isEmpty(),
        () -> "japicmp finds source-incompatible changes our report does not call breaking: "
            + missing + "\nour report:\n" + MarkdownReport.render(diff));
    for (String type : explained.keySet()) {
      assertTrue(flagged.containsKey(type), "stale explanation for " + type + " in " + name);
    }
    if (!flagged.isEmpty()) {
      assertTrue(diff.breaking() > 0, "japicmp finds breaks, so must we");
    }
  }

  /** The classes with a source-incompatible change, each with what japicmp says changed. */
  private Map<String, List<String>> japicmp(File oldJar, File newJar) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setAccessModifier(AccessModifier.PUBLIC);
    options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
    InMemoryCompiler.classpath().forEach(f -> options.getClassPathEntries().add(f.getPath()));
    List<JApiClass> classes =
        new JarArchiveComparator(options)
            .compare(new JApiCmpArchive(oldJar, "1"), new JApiCmpArchive(newJar, "2"));
    Map<String, List<String>> out = new java.util.TreeMap<>();
    for (JApiClass c : classes) {
      String type = c.getFullyQualifiedName().replace('$', '.');
      List<String> found = new ArrayList<>();
      incompatible(c.getCompatibilityChanges()).forEach(t -> found.add(t));
      for (JApiMethod m : c.getMethods()) {
        incompatible(m.getCompatibilityChanges()).forEach(t -> found.add(m.getName() + ": " + t));
      }
      for (JApiField f : c.getFields()) {
        incompatible(f.getCompatibilityChanges()).forEach(t -> found.add(f.getName() + ": " + t));
      }
      if (!found.isEmpty()) {
        out.put(type, found);
      }
    }
    return out;
  }

  private static List<String> incompatible(List<JApiCompatibilityChange> changes) {
    return changes.stream()
        .filter(c -> !c.isSourceCompatible())
        .map(c -> c.getType().name())
        .toList();
  }

  /** {@code com.example.VaultsClient#get(String)} and {@code com.example.models.SkuName.A}: the class. */
  static String classOf(String java) {
    String s = java.contains("#") ? java.substring(0, java.indexOf('#')) : java;
    int dot = s.lastIndexOf('.');
    String last = s.substring(dot + 1);
    return last.matches("[A-Z0-9_]+") && !last.matches("[A-Z]") ? s.substring(0, dot) : s;
  }

  /** The spec's generated code, compiled, as a jar. */
  private File jar(Path spec, String name) throws Exception {
    List<GeneratedFile> files =
        new Generator().generate(new GeneratorOptions(List.of(spec), PKG)).files();
    Path src = dir.resolve(name + "-src");
    Path classes = dir.resolve(name + "-classes");
    List<File> sources = new ArrayList<>();
    for (GeneratedFile f : files) {
      Path p = src.resolve(f.relativePath());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.content(), StandardCharsets.UTF_8);
      sources.add(p.toFile());
    }
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("--release", "11", "-d", classes.toString(), "-cp",
        InMemoryCompiler.classpath().stream().map(File::getPath)
            .collect(Collectors.joining(File.pathSeparator))));
    sources.forEach(s -> args.add(s.getPath()));
    StringWriter errors = new StringWriter();
    int rc = javac.run(null, null, new java.io.PrintStream(OutputStream.nullOutputStream()) {
      @Override
      public void write(byte[] b, int off, int len) {
        errors.write(new String(b, off, len, StandardCharsets.UTF_8));
      }
    }, args.toArray(String[]::new));
    assertEquals(0, rc, () -> "generated code of " + spec + " does not compile: " + errors);
    File jar = dir.resolve(name + ".jar").toFile();
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar.toPath()));
        Stream<Path> walk = Files.walk(classes)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(p));
        out.closeEntry();
      }
    }
    return jar;
  }
}
