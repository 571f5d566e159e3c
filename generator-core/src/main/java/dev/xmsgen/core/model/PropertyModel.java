package dev.xmsgen.core.model;

import java.util.List;

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
 * @param armId what the spec says of a string that holds an ARM resource id (format {@code
 *     arm-id}, {@code x-ms-arm-id-details}), or {@code null} for any other property
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
    XmlNames xml,
    ArmId armId) {

  public PropertyModel {
    xml = xml == null ? XmlNames.NONE : xml;
  }

  /**
   * An optional, writable, non-nullable property without a description; {@code with...} sets the
   * rest.
   */
  public static PropertyModel of(String wireName, String javaName, TypeRef type, SourceRef source) {
    return new PropertyModel(
        wireName, javaName, type, "", false, false, false, false, false, source, XmlNames.NONE,
        null);
  }

  /** This {@code PropertyModel} with another {@code wireName}. */
  public PropertyModel withWireName(String wireName) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /** This {@code PropertyModel} with another {@code javaName}. */
  public PropertyModel withJavaName(String javaName) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /** This {@code PropertyModel} with another {@code type}. */
  public PropertyModel withType(TypeRef type) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /** This {@code PropertyModel} with another {@code description}. */
  public PropertyModel withDescription(String description) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /** This {@code PropertyModel} with another {@code required}. */
  public PropertyModel withRequired(boolean required) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /** This {@code PropertyModel} with another {@code readOnly}. */
  public PropertyModel withReadOnly(boolean readOnly) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /** This {@code PropertyModel} with another {@code nullable}. */
  public PropertyModel withNullable(boolean nullable) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /** This {@code PropertyModel} with another {@code flatten}. */
  public PropertyModel withFlatten(boolean flatten) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /** This {@code PropertyModel} with another {@code secret}. */
  public PropertyModel withSecret(boolean secret) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /** This {@code PropertyModel} with another {@code source}. */
  public PropertyModel withSource(SourceRef source) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /** This {@code PropertyModel} with another {@code xml}. */
  public PropertyModel withXml(XmlNames xml) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /** This {@code PropertyModel} with another {@code armId}. */
  public PropertyModel withArmId(ArmId armId) {
    return new PropertyModel(
        wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
        source, xml, armId);
  }

  /**
   * A string property that holds an ARM resource id.
   *
   * @param allowedTypes the resource types it may point at ({@code
   *     x-ms-arm-id-details.allowedResources[].type}), in spec order; empty when the spec does not
   *     say
   */
  public record ArmId(List<String> allowedTypes) {
    public ArmId {
      allowedTypes = List.copyOf(allowedTypes);
    }
  }
}
