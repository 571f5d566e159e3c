package dev.xmsgen.core.archfixture.downstream;

import dev.xmsgen.core.archfixture.upstream.Upstream;

/** The other half of a package cycle made on purpose: it calls back into {@link Upstream}. */
public final class Downstream {
  public static String name() {
    return "downstream of " + Upstream.name();
  }
}
