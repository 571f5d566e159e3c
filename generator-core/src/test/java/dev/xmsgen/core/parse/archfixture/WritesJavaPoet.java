package dev.xmsgen.core.parse.archfixture;

import com.palantir.javapoet.ClassName;

/** Breaks a stage edge on purpose: a reader that builds JavaPoet types. */
public final class WritesJavaPoet {
  public ClassName typeOf(String definition) {
    return ClassName.get("com.example", definition);
  }
}
