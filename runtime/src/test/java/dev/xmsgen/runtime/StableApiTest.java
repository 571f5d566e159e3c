package dev.xmsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a user relies on: {@code dev.xmsgen.runtime} is an API of its own. None of its public or
 * protected signatures mention {@code dev.xmsgen.runtime.implementation}, it does not depend on
 * that package (only {@link Json} registers the serializers of {@code implementation.json}, which
 * itself depends on nothing else of the runtime), and each of its public types is documented.
 */
class StableApiTest {
  private static final String API = "dev.xmsgen.runtime";
  private static final String IMPLEMENTATION = API + ".implementation";

  @Test
  void noPublicOrProtectedSignatureOfTheApiMentionsAnImplementationType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : apiTypes()) {
      check(type.getName() + " extends", type.getGenericSuperclass(), leaks);
      for (Type i : type.getGenericInterfaces()) {
        check(type.getName() + " implements", i, leaks);
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c)) {
          checkAll(c.toGenericString(), c.getGenericParameterTypes(), leaks);
          checkAll(c.toGenericString(), c.getGenericExceptionTypes(), leaks);
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m) && !m.isSynthetic()) {
          check(m.toGenericString(), m.getGenericReturnType(), leaks);
          checkAll(m.toGenericString(), m.getGenericParameterTypes(), leaks);
          checkAll(m.toGenericString(), m.getGenericExceptionTypes(), leaks);
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f)) {
          check(f.toGenericString(), f.getGenericType(), leaks);
        }
      }
    }
    assertEquals(List.of(), leaks, "the stable API must not expose implementation types");
  }

  @Test
  void theApiPackageDependsOnTheImplementationOnlyThroughJsonAndNeverTheOtherWayRound()
      throws IOException {
    Pattern implementation = Pattern.compile("dev/xmsgen/runtime/implementation/[\\w/$]+");
    List<String> edges = new ArrayList<>();
    for (Class<?> type : apiTypes()) {
      for (String used : references(type, implementation)) {
        boolean allowed = type == Json.class && used.startsWith(slashed(IMPLEMENTATION) + "/json/");
        if (!allowed) {
          edges.add(type.getName() + " -> " + used);
        }
      }
    }
    Pattern outsideJson = Pattern.compile("dev/xmsgen/runtime/(?!implementation/json/)[\\w/$]+");
    for (Class<?> type : classesOf(IMPLEMENTATION + ".json")) {
      for (String used : references(type, outsideJson)) {
        edges.add(type.getName() + " -> " + used);
      }
    }
    assertEquals(List.of(), edges, "dependencies that would make the packages a cycle");
  }

  @Test
  void everyPublicTypeOfTheApiIsDocumented() throws IOException {
    Path sources = Path.of("src", "main", "java", "dev", "xmsgen", "runtime");
    List<String> undocumented = new ArrayList<>();
    for (Class<?> type : apiTypes()) {
      // a nested type is in its top-level type's file; inside an interface it is public unsaid
      String file = type.getName().substring(API.length() + 1).split("\\$")[0];
      String source = Files.readString(sources.resolve(file + ".java"));
      Pattern declaration =
          Pattern.compile(
              "\\*/\\s*(?:@\\w+\\s*)*"
                  + (type.isMemberClass() ? "(?:public )?(?:static )?" : "public ")
                  + "(?:final |abstract )*(?:class|interface|enum) "
                  + type.getSimpleName()
                  + "\\b");
      if (!declaration.matcher(source).find()) {
        undocumented.add(type.getName());
      }
    }
    assertEquals(List.of(), undocumented, "public types without a Javadoc comment");
    String info = Files.readString(sources.resolve("package-info.java"));
    assertTrue(info.contains("stable API"), "the package says it is the stable API");
    String implementationInfo =
        Files.readString(sources.resolve(Path.of("implementation", "package-info.java")));
    assertTrue(
        implementationInfo.contains("For generated code only")
            && implementationInfo.contains("without notice"),
        "the implementation package says it is for generated code and may change");
  }

  @Test
  void theApiHoldsWhatUsersNameAndThePlumbingIsNotInIt() {
    Set<String> names = apiTypes().stream().map(Class::getSimpleName).collect(toSortedSet());
    assertTrue(
        names.containsAll(
            Set.of(
                "ApiException",
                "ClientBuilder",
                "ClientOptions",
                "PagedIterable",
                "Poller",
                "Response",
                "RetryOptions",
                "TokenCredential")),
        "user types: " + names);
    for (String plumbing : List.of("HttpPipeline", "RequestBuilder", "BodyType", "WireFormat")) {
      assertTrue(!names.contains(plumbing), plumbing + " is plumbing: " + names);
    }
  }

  /** The public top-level and nested types of the API package. */
  private static List<Class<?>> apiTypes() {
    return classesOf(API).stream()
        .filter(c -> Modifier.isPublic(c.getModifiers()))
        .collect(Collectors.toList());
  }

  /** Every class compiled into {@code pkg}, found in this module's class output directory. */
  private static List<Class<?>> classesOf(String pkg) {
    try {
      Path dir = Path.of(Json.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path folder = dir.resolve(slashed(pkg));
      List<Class<?>> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.sorted().collect(Collectors.toList())) {
          String file = f.getFileName().toString();
          if (file.endsWith(".class") && !file.equals("package-info.class")) {
            out.add(Class.forName(pkg + "." + file.substring(0, file.length() - 6)));
          }
        }
      }
      assertTrue(out.size() > 3, "no classes found in " + folder);
      return out;
    } catch (IOException | URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The class names in {@code type}'s class file (its constant pool) that {@code names} match. */
  private static Set<String> references(Class<?> type, Pattern names) throws IOException {
    String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      Set<String> found = new TreeSet<>();
      Matcher m = names.matcher(text);
      while (m.find()) {
        found.add(m.group());
      }
      return found;
    }
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
    if (type == null) {
      return;
    }
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.getName().startsWith(IMPLEMENTATION + ".")) {
        leaks.add(where + " mentions " + c.getName());
      }
    } else if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      check(where, p.getRawType(), leaks);
      checkAll(where, p.getActualTypeArguments(), leaks);
    } else if (type instanceof WildcardType) {
      checkAll(where, ((WildcardType) type).getUpperBounds(), leaks);
      checkAll(where, ((WildcardType) type).getLowerBounds(), leaks);
    } else if (type instanceof GenericArrayType) {
      check(where, ((GenericArrayType) type).getGenericComponentType(), leaks);
    } else if (type instanceof TypeVariable) {
      Arrays.stream(((TypeVariable<?>) type).getBounds())
          .filter(b -> b instanceof Class)
          .forEach(b -> check(where, b, leaks));
    }
  }

  private static String slashed(String pkg) {
    return pkg.replace('.', '/');
  }

  private static java.util.stream.Collector<String, ?, TreeSet<String>> toSortedSet() {
    return Collectors.toCollection(TreeSet::new);
  }
}
