package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.TypeRef;
import java.util.List;

/**
 * One place where the specs define an enumeration. Places that share {@code key} (the same {@code
 * x-ms-enum} name) become one enum.
 *
 * @param key the shared identity: {@code enum:} and the name for a named enum, else the location
 * @param node where it is defined
 * @param hint how to name it
 * @param description the schema's description, or empty
 * @param open {@code x-ms-enum.modelAsString} (true by default when {@code x-ms-enum} is present)
 * @param wireType the scalar its values are written as
 * @param values its values in spec order
 */
record EnumDraft(
    String key,
    Node node,
    NameHint hint,
    String description,
    boolean open,
    TypeRef.Primitive wireType,
    List<EnumModel.EnumValue> values) {}
