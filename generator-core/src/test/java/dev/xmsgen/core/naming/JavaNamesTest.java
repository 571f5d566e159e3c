package dev.xmsgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @Test
  void typeNamesNeverShadowJavaLang() {
    for (String name :
        List.of(
            "Error", "String", "Object", "Integer", "Class", "Exception", "Record", "Override",
            "Void", "Thread", "Process", "Runtime", "System", "Math", "Character", "Number",
            "Boolean", "Long", "Short", "Byte", "Double", "Float", "Enum", "Iterable", "Module",
            "Package", "StackTraceElement", "Throwable", "Deprecated")) {
      assertEquals(name + "Model", JavaNames.typeName(name), name);
    }
    assertEquals("ErrorModel", JavaNames.typeName("error"));
    assertEquals("Vault", JavaNames.typeName("Vault"));
    assertEquals("ErrorDetail", JavaNames.typeName("ErrorDetail"));
  }

  @Test
  void theListCoversEveryPublicJavaLangTypeOfThisJdk() throws Exception {
    List<String> missing = new ArrayList<>();
    FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    try (Stream<Path> files = Files.list(jrt.getPath("/modules/java.base/java/lang"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$") || name.equals("module-info.class")) {
          continue;
        }
        String simple = name.substring(0, name.length() - ".class".length());
        Class<?> type = Class.forName("java.lang." + simple, false, null);
        if (Modifier.isPublic(type.getModifiers()) && !JavaNames.isJavaLangName(simple)) {
          missing.add(simple);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void hostileNamesBecomePlainIdentifiers() {
    assertEquals("X", JavaNames.typeName("../x"));
    assertEquals("MyThingV2", JavaNames.typeName("my-thing.v2"));
    assertEquals("odataType", JavaNames.camel("odata.type"));
    assertEquals("classValue", JavaNames.camel("class"));
    assertEquals("_123abc", JavaNames.camel("123abc"));
    assertFalse(JavaNames.isJavaLangName("Vault"));
    assertTrue(JavaNames.isJavaLangName("Override"));
  }

  @Test
  void acronymsArePluralsToo() {
    assertEquals("lros", JavaNames.camel("LROs"));
    assertEquals("lrosCustomHeader", JavaNames.camel("LROsCustomHeader"));
    assertEquals("lroRetrys", JavaNames.camel("LRORetrys"));
    assertEquals("lrosads", JavaNames.camel("LROSADs"));
    assertEquals("urlPath", JavaNames.camel("URLPath"));
    assertEquals("vmsList", JavaNames.camel("VMsList"));
    assertEquals("LROs", JavaNames.pascal("LROs"));
    assertEquals("httpSuccess", JavaNames.camel("HttpSuccess"));
    assertEquals("asOf", JavaNames.camel("asOf"));
  }
}
