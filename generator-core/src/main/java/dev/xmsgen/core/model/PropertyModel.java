package dev.xmsgen.core.model;

/**
 * A property of a model class, as declared on the wire.
 *
 * @param wireName the JSON key
 * @param javaName the Java property name (lower camel case; {@code x-ms-client-name} wins)
 * @param type the property's type
 * @param description the spec's description, or empty
 * @param required listed in the schema's {@code required}
 * @param readOnly {@code readOnly}: read from responses, never sent
 * @param nullable {@code x-nullable}: an explicit JSON {@code null} is meaningful
 * @param flatten {@code x-ms-client-flatten}: the owner exposes this object's properties
 * @param secret {@code x-ms-secret}: a value never shown ({@code toString} leaves it out)
 * @param source where it was declared
 * @param xml the Swagger {@code xml} object, {@link XmlNames#NONE} without one
 */
public record PropertyModel(
    String wireName,
    String javaName,
    TypeRef type,
    String description,
    boolean required,
    boolean readOnly,
    boolean nullable,
    boolean flatten,
    boolean secret,
    SourceRef source,
    XmlNames xml) {

  public PropertyModel {
    xml = xml == null ? XmlNames.NONE : xml;
  }

  /**
   * An optional, writable, non-nullable property without a description; {@code with...} sets the
   * rest.
   */
  public static PropertyModel of(String wireName, String javaName, TypeRef type, SourceRef source) {
    return new PropertyModel(
        wireName, javaName, type, "", false, false, false, false, false, source, XmlNames.NONE);
  }

  /** This {@code PropertyModel} with another {@code wireName}. */
  public PropertyModel withWireName(String wireName) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml);
  }

  /** This {@code PropertyModel} with another {@code javaName}. */
  public PropertyModel withJavaName(String javaName) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml);
  }

  /** This {@code PropertyModel} with another {@code type}. */
  public PropertyModel withType(TypeRef type) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml);
  }

  /** This {@code PropertyModel} with another {@code description}. */
  public PropertyModel withDescription(String description) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml);
  }

  /** This {@code PropertyModel} with another {@code required}. */
  public PropertyModel withRequired(boolean required) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml);
  }

  /** This {@code PropertyModel} with another {@code readOnly}. */
  public PropertyModel withReadOnly(boolean readOnly) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml);
  }

  /** This {@code PropertyModel} with another {@code nullable}. */
  public PropertyModel withNullable(boolean nullable) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml);
  }

  /** This {@code PropertyModel} with another {@code flatten}. */
  public PropertyModel withFlatten(boolean flatten) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml);
  }

  /** This {@code PropertyModel} with another {@code secret}. */
  public PropertyModel withSecret(boolean secret) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml);
  }

  /** This {@code PropertyModel} with another {@code source}. */
  public PropertyModel withSource(SourceRef source) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml);
  }

  /** This {@code PropertyModel} with another {@code xml}. */
  public PropertyModel withXml(XmlNames xml) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml);
  }
}
