package dev.xmsgen.core.archfixture.upstream;

import dev.xmsgen.core.archfixture.downstream.Downstream;

/** One half of a package cycle made on purpose: it calls {@link Downstream}, which calls back. */
public final class Upstream {
  public static String name() {
    return "upstream";
  }

  public static String both() {
    return name() + "+" + Downstream.name();
  }
}
