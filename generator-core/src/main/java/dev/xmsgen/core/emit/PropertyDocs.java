package dev.xmsgen.core.emit;

import com.palantir.javapoet.CodeBlock;
import dev.xmsgen.core.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The comments of property accessors, plain and flattened alike: a summary that names the JSON key
 * ({@code properties.tenantId} for a flattened one) followed by the spec's description, then what
 * is required or read-only.
 */
final class PropertyDocs {
  static final String REQUIRED = "Required: {@code validate()} fails while it is not set.";
  static final String READ_ONLY = "Read-only: set by the service and never sent to it.";
  static final String NULLABLE =
      "Nullable: a {@code null} set here is sent as JSON {@code null}; a value never set is not"
          + " sent.";
  static final String DISCRIMINATOR =
      "The discriminator: its value selects the class on the wire, and each class's constructor"
          + " sets its own.";

  private PropertyDocs() {}

  /**
   * {@code Gets <code>location</code>: The Azure location.}; without a description, just the head.
   */
  static String summary(String verb, String label, String description) {
    String head = verb + " " + JavadocWriter.code(label);
    return description == null || description.isBlank()
        ? head + "."
        : head + ": " + JavadocWriter.escape(description);
  }

  /** The required and read-only paragraphs that apply. */
  static List<String> notes(boolean required, boolean readOnly) {
    List<String> notes = new ArrayList<>();
    if (required && !readOnly) {
      notes.add(REQUIRED);
    }
    if (readOnly) {
      notes.add(READ_ONLY);
    }
    return notes;
  }

  /** The notes of a plain property. */
  static List<String> notes(PropertyModel property) {
    return notes(property.required(), property.readOnly());
  }

  /** A getter's comment. */
  static CodeBlock getter(String summary, List<String> notes) {
    JavadocWriter doc = JavadocWriter.summary(summary);
    notes.forEach(doc::paragraph);
    return doc.returns("the value, or {@code null} if it is not set").build();
  }
}
