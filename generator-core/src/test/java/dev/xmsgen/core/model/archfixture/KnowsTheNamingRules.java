package dev.xmsgen.core.model.archfixture;

import dev.xmsgen.core.naming.JavaNames;

/** Breaks a stage edge on purpose: a model type that uses another package of the generator. */
public record KnowsTheNamingRules(String wireName) {
  public String javaName() {
    return JavaNames.camel(wireName);
  }
}
