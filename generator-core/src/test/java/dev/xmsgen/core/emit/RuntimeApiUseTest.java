package dev.xmsgen.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.core.testing.InMemoryCompiler;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The code generated for the KeyVault sample spec hands its users only the stable runtime API:
 * {@code dev.xmsgen.runtime.implementation} is imported for plumbing inside method bodies and
 * never appears in a public or protected signature of a generated type.
 */
class RuntimeApiUseTest {
  private static final String IMPLEMENTATION = "dev.xmsgen.runtime.implementation";
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import (dev\\.xmsgen\\.runtime\\.[\\w.]+);$");

  private static List<GeneratedFile> files;

  @BeforeAll
  static void generate() throws Exception {
    Path spec =
        Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "keyvault", "keyvault.json");
    files =
        new Generator()
            .generate(new GeneratorOptions(List.of(spec), "com.example.keyvault"))
            .files();
  }

  @Test
  void implementationImportsAreThePlumbingOnlyAndUserTypesComeFromTheStablePackage() {
    Set<String> imports = new TreeSet<>();
    for (GeneratedFile f : files) {
      Matcher m = IMPORT.matcher(f.content());
      while (m.find()) {
        imports.add(m.group(1));
      }
    }
    Set<String> plumbing = new TreeSet<>();
    Set<String> api = new TreeSet<>();
    for (String i : imports) {
      (i.startsWith(IMPLEMENTATION + ".") ? plumbing : api).add(i);
    }
    assertEquals(
        Set.of(
            IMPLEMENTATION + ".BodyType",
            IMPLEMENTATION + ".HttpPipeline",
            IMPLEMENTATION + ".Request",
            // the builder's User-Agent token: the client's name and its jar's version
            IMPLEMENTATION + ".UserAgent",
            // on date-time fields, so that a plain ObjectMapper writes the runtime's form
            IMPLEMENTATION + ".json.DateTimeDeserializer",
            IMPLEMENTATION + ".json.DateTimeSerializer"),
        plumbing,
        "what generated clients and models call; a new entry here needs a reason");
    assertEquals(
        Set.of(
            "dev.xmsgen.runtime.ApiException",
            "dev.xmsgen.runtime.ClientBuilder",
            "dev.xmsgen.runtime.ClientOptions",
            "dev.xmsgen.runtime.ClientPipeline",
            "dev.xmsgen.runtime.PagedIterable",
            "dev.xmsgen.runtime.Poller",
            "dev.xmsgen.runtime.RequestOptions",
            "dev.xmsgen.runtime.Response",
            "dev.xmsgen.runtime.UntrustedUrlException"),
        api,
        "what users of the KeyVault client see");
  }

  @Test
  void noPublicOrProtectedSignatureOfAGeneratedTypeMentionsAnImplementationType() {
    CompiledClasses classes = InMemoryCompiler.compile(files);
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    for (String name : new TreeSet<>(classes.names())) {
      Class<?> type = classes.type(name);
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      checked++;
      check(name + " extends", type.getGenericSuperclass(), leaks);
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c)) {
          checkAll(c.toGenericString(), c.getGenericParameterTypes(), leaks);
        }
      }
      for (Method m : type.getMethods()) {
        check(m.toGenericString(), m.getGenericReturnType(), leaks);
        checkAll(m.toGenericString(), m.getGenericParameterTypes(), leaks);
      }
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isProtected(m.getModifiers())) {
          check(m.toGenericString(), m.getGenericReturnType(), leaks);
          checkAll(m.toGenericString(), m.getGenericParameterTypes(), leaks);
        }
      }
      for (Field f : type.getFields()) {
        check(f.toGenericString(), f.getGenericType(), leaks);
      }
    }
    assertTrue(checked > 30, "only " + checked + " public types were checked");
    assertEquals(List.of(), leaks, "generated APIs must not expose implementation types");
  }

  private static boolean visible(Member m) {
    return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
  }

  private static void checkAll(String where, Type[] types, List<String> leaks) {
    for (Type t : types) {
      check(where, t, leaks);
    }
  }

  private static void check(String where, Type type, List<String> leaks) {
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.getName().startsWith(IMPLEMENTATION + ".")) {
        leaks.add(where + " mentions " + c.getName());
      }
    } else if (type instanceof ParameterizedType) {
      check(where, ((ParameterizedType) type).getRawType(), leaks);
      checkAll(where, ((ParameterizedType) type).getActualTypeArguments(), leaks);
    } else if (type instanceof WildcardType) {
      checkAll(where, ((WildcardType) type).getUpperBounds(), leaks);
      checkAll(where, ((WildcardType) type).getLowerBounds(), leaks);
    } else if (type instanceof GenericArrayType) {
      check(where, ((GenericArrayType) type).getGenericComponentType(), leaks);
    }
  }
}
