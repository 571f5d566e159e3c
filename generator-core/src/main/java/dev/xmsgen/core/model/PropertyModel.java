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
 * @param source where it was declared
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
    SourceRef source) {}
