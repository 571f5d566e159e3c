package dev.xmsgen.core.model;

/**
 * A parameter of an operation, or of the client when {@code clientLevel} is set.
 *
 * @param wireName the name in the path template, query string, header or form
 * @param javaName the Java parameter name ({@code x-ms-client-name} wins)
 * @param location where the value goes
 * @param type the value's type
 * @param description the spec's description, or empty
 * @param required whether callers must pass it
 * @param constantValue the fixed value of a required single-value enum (or an api-version), never
 *     exposed to callers; {@code null} otherwise
 * @param clientLevel set on the client once instead of on every call ({@code subscriptionId},
 *     {@code api-version} unless {@code x-ms-parameter-location: method}; any parameter with {@code
 *     x-ms-parameter-location: client})
 * @param skipUrlEncoding {@code x-ms-skip-url-encoding}
 * @param collectionFormat how an array is joined; {@code null} for scalars and bodies
 * @param source where it was declared
 * @param group the type name of the parameter group it is a field of ({@code
 *     x-ms-parameter-grouping}), or {@code null} when callers pass it on its own
 * @param xml for an array body, its XML root and item element names (always both set); {@link
 *     XmlNames#NONE} otherwise
 */
public record ParameterModel(
    String wireName,
    String javaName,
    Location location,
    TypeRef type,
    String description,
    boolean required,
    String constantValue,
    boolean clientLevel,
    boolean skipUrlEncoding,
    CollectionFormat collectionFormat,
    SourceRef source,
    String group,
    XmlNames xml) {

  public ParameterModel {
    xml = xml == null ? XmlNames.NONE : xml;
  }

  /** A parameter without an {@code xml} object. */
  public ParameterModel(
      String wireName,
      String javaName,
      Location location,
      TypeRef type,
      String description,
      boolean required,
      String constantValue,
      boolean clientLevel,
      boolean skipUrlEncoding,
      CollectionFormat collectionFormat,
      SourceRef source,
      String group) {
    this(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, XmlNames.NONE);
  }

  /** This {@code ParameterModel} with another {@code wireName}. */
  public ParameterModel withWireName(String wireName) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code javaName}. */
  public ParameterModel withJavaName(String javaName) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code location}. */
  public ParameterModel withLocation(Location location) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code type}. */
  public ParameterModel withType(TypeRef type) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code description}. */
  public ParameterModel withDescription(String description) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code required}. */
  public ParameterModel withRequired(boolean required) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code constantValue}. */
  public ParameterModel withConstantValue(String constantValue) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code clientLevel}. */
  public ParameterModel withClientLevel(boolean clientLevel) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code skipUrlEncoding}. */
  public ParameterModel withSkipUrlEncoding(boolean skipUrlEncoding) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code collectionFormat}. */
  public ParameterModel withCollectionFormat(CollectionFormat collectionFormat) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code source}. */
  public ParameterModel withSource(SourceRef source) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code group}. */
  public ParameterModel withGroup(String group) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** This {@code ParameterModel} with another {@code xml}. */
  public ParameterModel withXml(XmlNames xml) {
    return new ParameterModel(
        wireName, javaName, location, type, description, required, constantValue, clientLevel,
        skipUrlEncoding, collectionFormat, source, group, xml);
  }

  /** Where a parameter's value is carried. */
  public enum Location {
    PATH,
    QUERY,
    HEADER,
    BODY,
    FORM_DATA,
    /**
     * Not on the wire itself: a parameter group's object, whose fields are the grouped parameters
     * ({@code x-ms-parameter-grouping}).
     */
    GROUP
  }

  /** Swagger 2.0 {@code collectionFormat}. */
  public enum CollectionFormat {
    CSV(","),
    SSV(" "),
    TSV("\t"),
    PIPES("|"),
    /** One query parameter per element. */
    MULTI(null);

    private final String separator;

    CollectionFormat(String separator) {
      this.separator = separator;
    }

    /** The separator, or {@code null} for {@link #MULTI}. */
    public String separator() {
      return separator;
    }
  }

  /** Whether callers pass this parameter to the method: neither a constant nor client-level. */
  public boolean isMethodArgument() {
    return constantValue == null && !clientLevel;
  }
}
