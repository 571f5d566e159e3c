package dev.xmsgen.core.parse;

/**
 * How a type gets its Java name once every type is known: from a name the spec gives, or from the
 * Java name of the type that holds an anonymous schema followed by the holder's property name.
 */
sealed interface NameHint {

  /** This hint with {@code more} appended: {@code Item} for array items, {@code Value} for maps. */
  NameHint with(String more);

  /**
   * A name the spec gives or the context fixes: a definition's name, {@code x-ms-enum.name}, an
   * operation id followed by a parameter name.
   */
  record Given(String name) implements NameHint {
    @Override
    public NameHint with(String more) {
      return new Given(name + more);
    }
  }

  /**
   * The final Java name of the type drafted under {@code ownerKey}, followed by {@code suffix}: an
   * inline object in property {@code sku} of {@code Vault} is named {@code VaultSku}.
   */
  record Owned(String ownerKey, String suffix) implements NameHint {
    @Override
    public NameHint with(String more) {
      return new Owned(ownerKey, suffix + more);
    }
  }
}
