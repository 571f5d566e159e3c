package dev.xmsgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.TypeRef.Primitive;
import dev.xmsgen.core.naming.JavaNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts the enum a schema with {@code enum} values is: its key and name (from {@code
 * x-ms-enum.name}, else the definition name, else the holder's name hint), whether it is open
 * ({@code modelAsString}), its wire type and its values with their Java constant names.
 */
final class EnumSchemaReader {
  private final Diagnostics diagnostics;
  private final TypeDrafts drafts;

  EnumSchemaReader(Diagnostics diagnostics, TypeDrafts drafts) {
    this.diagnostics = diagnostics;
    this.drafts = drafts;
  }

  /**
   * The enum {@code s} defines, drafted; {@code definitionName} is {@code null} for a schema that
   * is not a definition.
   */
  TypeRef read(Node s, NameHint hint, String definitionName) {
    Node xmsEnum = s.child("x-ms-enum");
    String given = xmsEnum == null ? null : xmsEnum.text("name");
    if (given != null && given.isBlank()) {
      given = null;
    }
    String key;
    NameHint nameHint;
    if (given != null) {
      key = "enum:" + JavaNames.typeName(given);
      nameHint = new NameHint.Given(given);
    } else if (definitionName != null) {
      key = "enum:" + JavaNames.typeName(definitionName);
      nameHint = new NameHint.Given(definitionName);
    } else {
      key = s.key();
      nameHint = hint;
    }
    boolean open = xmsEnum != null && !Boolean.FALSE.equals(xmsEnum.bool("modelAsString"));
    List<EnumModel.EnumValue> values = values(s, xmsEnum);
    EnumDraft draft =
        new EnumDraft(
            key, s, nameHint, s.doc("description"), open, wireType(s), values);
    drafts.add(draft);
    return new TypeRef.Named(key);
  }

  private List<EnumModel.EnumValue> values(Node s, Node xmsEnum) {
    List<EnumModel.EnumValue> values = new ArrayList<>();
    Node described = xmsEnum == null ? null : xmsEnum.child("values");
    if (described != null && described.json().isArray() && described.json().size() > 0) {
      for (Node v : described.elements()) {
        JsonNode value = v.json().get("value");
        if (value == null || value.isNull()) {
          continue;
        }
        String wire = SchemaShapes.wireText(value);
        String name = v.text("name");
        values.add(
            new EnumModel.EnumValue(
                wire, JavaNames.constant(name != null ? name : wire), v.doc("description")));
      }
      return values;
    }
    for (JsonNode value : s.json().get("enum")) {
      if (!value.isNull()) {
        String wire = SchemaShapes.wireText(value);
        values.add(new EnumModel.EnumValue(wire, JavaNames.constant(wire), ""));
      }
    }
    return values;
  }

  private Primitive wireType(Node s) {
    String type = s.text("type");
    if (type == null) {
      JsonNode first = s.json().get("enum").get(0);
      type =
          first.isTextual() ? "string"
              : first.isBoolean() ? "boolean"
              : first.isIntegralNumber() ? "integer"
              : first.isNumber() ? "number" : "string";
    }
    if (type.equals("string")) {
      return Primitive.STRING;
    }
    return Formats.primitive(type, s.text("format"), s, diagnostics);
  }
}
