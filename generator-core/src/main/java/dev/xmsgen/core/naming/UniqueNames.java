package dev.xmsgen.core.naming;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names that are unique within one scope (the types of an API, the members of a class,
 * the methods of a client). A name already given out gets the smallest free number appended,
 * starting at 2: {@code Sku}, {@code Sku2}, {@code Sku3}. Callers claim names in a documented,
 * sorted order, so the same input always yields the same names.
 *
 * <p>A scope of type names compares names ignoring case, because they become file names and
 * {@code Sku.java} and {@code SKU.java} are one file on case-insensitive file systems.
 */
public final class UniqueNames {
  private final Set<String> taken = new HashSet<>();
  private final boolean ignoreCase;

  private UniqueNames(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /** A scope of member or method names: {@code name} and {@code Name} are different. */
  public static UniqueNames caseSensitive() {
    return new UniqueNames(false);
  }

  /** A scope of type (file) names: {@code Sku} and {@code SKU} collide. */
  public static UniqueNames ignoringCase() {
    return new UniqueNames(true);
  }

  /** Whether {@code name} was already given out or reserved. */
  public boolean isTaken(String name) {
    return taken.contains(key(name));
  }

  /** Marks {@code name} as used without checking it. */
  public void reserve(String name) {
    taken.add(key(name));
  }

  /** Marks every name as used. */
  public void reserveAll(Collection<String> names) {
    names.forEach(this::reserve);
  }

  /** {@code name} if it is free, else {@code name} followed by the smallest free number from 2. */
  public String claim(String name) {
    String candidate = name;
    for (int n = 2; isTaken(candidate); n++) {
      candidate = name + n;
    }
    reserve(candidate);
    return candidate;
  }

  private String key(String name) {
    return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
  }
}
