package dev.xmsgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavaPackageNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"java", "java.lang", "java.util", "java.x.y"})
  void packagesUnderJavaAreRefused(String name) {
    assertEquals(
        "packages under 'java' belong to the Java platform and cannot be compiled into",
        JavaPackageName.problem(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"javax", "javax.annotation", "javax.foo.bar"})
  void packagesUnderJavaxAreRefused(String name) {
    assertEquals(
        "packages under 'javax' belong to the Java platform and cannot be compiled into",
        JavaPackageName.problem(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"javafx.x", "javaxx", "javas.util", "com.java", "com.example.javax", "jav"})
  void namesThatOnlyLookAlikeAreFine(String name) {
    assertNull(JavaPackageName.problem(name));
  }
}
