package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.PropertyModel.ArmId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads whether a property schema holds an ARM resource id, and of which resource types. */
final class ArmIds {

  private ArmIds() {}

  /**
   * The property's {@link ArmId}: set for a string of format {@code arm-id} or with {@code
   * x-ms-arm-id-details}, with the details' {@code allowedResources[].type}; {@code null} otherwise.
   */
  static ArmId of(Node property) {
    Node details = property.child("x-ms-arm-id-details");
    String format = property.text("format");
    boolean armFormat = format != null && format.toLowerCase(Locale.ROOT).equals("arm-id");
    if (details == null && !armFormat) {
      return null;
    }
    List<String> types = new ArrayList<>();
    Node allowed = details == null ? null : details.child("allowedResources");
    if (allowed != null) {
      for (Node resource : allowed.elements()) {
        String type = resource.text("type");
        if (type != null && !type.isBlank()) {
          types.add(type.strip());
        }
      }
    }
    return new ArmId(types);
  }
}
