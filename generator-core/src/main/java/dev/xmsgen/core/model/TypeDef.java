package dev.xmsgen.core.model;

/** A named type that the emitters write as one Java file: a model class or an enum. */
public sealed interface TypeDef permits ObjectModel, EnumModel {

  /** The Java simple name, unique within the API. */
  String name();

  /** Where the type was defined (for an inline schema, where it stood). */
  SourceRef source();

  /** The spec's description, or an empty string. */
  String description();
}
