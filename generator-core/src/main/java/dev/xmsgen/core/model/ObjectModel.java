package dev.xmsgen.core.model;

import java.util.List;

/**
 * A model class.
 *
 * @param name Java simple name
 * @param source where it was defined
 * @param description the spec's description, or empty
 * @param parent the superclass's name (first {@code allOf} reference), or {@code null}
 * @param properties the properties declared by this class itself, including those copied in from
 *     the second and later {@code allOf} references; inherited ones are not repeated. In spec order.
 * @param flattened the properties exposed through {@code x-ms-client-flatten}, in order of the
 *     flattened property and then of the nested properties
 * @param additionalProperties the value type of {@code additionalProperties}, or {@code null}
 * @param discriminator the JSON key that selects the subtype, if this class roots a hierarchy
 *     (inherited by subclasses: only the root declares it), or {@code null}
 * @param discriminatorValue the wire value that selects this class ({@code
 *     x-ms-discriminator-value}, else the definition name), or {@code null} outside a hierarchy
 * @param subtypes names of the direct subclasses, sorted
 * @param xml the schema's Swagger {@code xml} object (its root element), {@link XmlNames#NONE}
 *     without one
 */
public record ObjectModel(
    String name,
    SourceRef source,
    String description,
    String parent,
    List<PropertyModel> properties,
    List<FlattenedProperty> flattened,
    TypeRef additionalProperties,
    String discriminator,
    String discriminatorValue,
    List<String> subtypes,
    XmlNames xml)
    implements TypeDef {

  public ObjectModel {
    properties = List.copyOf(properties);
    flattened = List.copyOf(flattened);
    subtypes = List.copyOf(subtypes);
    xml = xml == null ? XmlNames.NONE : xml;
  }

  /** This {@code ObjectModel} with another {@code name}. */
  public ObjectModel withName(String name) {
    return new ObjectModel(
        name, source, description, parent, properties, flattened, additionalProperties,
        discriminator, discriminatorValue, subtypes, xml);
  }

  /** This {@code ObjectModel} with another {@code source}. */
  public ObjectModel withSource(SourceRef source) {
    return new ObjectModel(
        name, source, description, parent, properties, flattened, additionalProperties,
        discriminator, discriminatorValue, subtypes, xml);
  }

  /** This {@code ObjectModel} with another {@code description}. */
  public ObjectModel withDescription(String description) {
    return new ObjectModel(
        name, source, description, parent, properties, flattened, additionalProperties,
        discriminator, discriminatorValue, subtypes, xml);
  }

  /** This {@code ObjectModel} with another {@code parent}. */
  public ObjectModel withParent(String parent) {
    return new ObjectModel(
        name, source, description, parent, properties, flattened, additionalProperties,
        discriminator, discriminatorValue, subtypes, xml);
  }

  /** This {@code ObjectModel} with another {@code properties}. */
  public ObjectModel withProperties(List<PropertyModel> properties) {
    return new ObjectModel(
        name, source, description, parent, properties, flattened, additionalProperties,
        discriminator, discriminatorValue, subtypes, xml);
  }

  /** This {@code ObjectModel} with another {@code flattened}. */
  public ObjectModel withFlattened(List<FlattenedProperty> flattened) {
    return new ObjectModel(
        name, source, description, parent, properties, flattened, additionalProperties,
        discriminator, discriminatorValue, subtypes, xml);
  }

  /** This {@code ObjectModel} with another {@code additionalProperties}. */
  public ObjectModel withAdditionalProperties(TypeRef additionalProperties) {
    return new ObjectModel(
        name, source, description, parent, properties, flattened, additionalProperties,
        discriminator, discriminatorValue, subtypes, xml);
  }

  /** This {@code ObjectModel} with another {@code discriminator}. */
  public ObjectModel withDiscriminator(String discriminator) {
    return new ObjectModel(
        name, source, description, parent, properties, flattened, additionalProperties,
        discriminator, discriminatorValue, subtypes, xml);
  }

  /** This {@code ObjectModel} with another {@code discriminatorValue}. */
  public ObjectModel withDiscriminatorValue(String discriminatorValue) {
    return new ObjectModel(
        name, source, description, parent, properties, flattened, additionalProperties,
        discriminator, discriminatorValue, subtypes, xml);
  }

  /** This {@code ObjectModel} with another {@code subtypes}. */
  public ObjectModel withSubtypes(List<String> subtypes) {
    return new ObjectModel(
        name, source, description, parent, properties, flattened, additionalProperties,
        discriminator, discriminatorValue, subtypes, xml);
  }

  /** This {@code ObjectModel} with another {@code xml}. */
  public ObjectModel withXml(XmlNames xml) {
    return new ObjectModel(
        name, source, description, parent, properties, flattened, additionalProperties,
        discriminator, discriminatorValue, subtypes, xml);
  }
}
