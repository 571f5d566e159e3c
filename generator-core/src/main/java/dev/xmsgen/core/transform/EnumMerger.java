package dev.xmsgen.core.transform;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.EnumModel.EnumValue;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.naming.UniqueNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes one enum of the places that define an enum of the same name (AutoRest treats an {@code
 * x-ms-enum} name as the enum's identity; Azure specs repeat the same enum in several files).
 *
 * <p>Places are taken in order of their source (file name, then pointer). Identical places merge
 * silently. When they differ, the result is still deterministic: the union of the values in the
 * order first seen, open if any place is open, the first place's wire type, and each value's first
 * non-empty description; a warning on each differing place names the first one. Constant names are
 * made unique within the merged enum ({@code ENABLED}, {@code ENABLED2}).
 */
public final class EnumMerger {

  /**
   * The merged enum and what was found while merging.
   *
   * @param merged one enum for all places
   * @param warnings one per place that differs from the first
   */
  public record Result(EnumModel merged, List<Diagnostic> warnings) {}

  /**
   * The enum merging pass: every enum of {@code model} made one of all its places (the enums of
   * that name), where the first place was; the warnings join the model's.
   */
  public static ApiModel mergeAll(ApiModel model) {
    Map<String, List<EnumModel>> places = new LinkedHashMap<>();
    for (TypeDef t : model.types()) {
      if (t instanceof EnumModel e) {
        places.computeIfAbsent(e.name(), n -> new ArrayList<>()).add(e);
      }
    }
    EnumMerger merger = new EnumMerger();
    List<TypeDef> types = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    for (TypeDef t : model.types()) {
      if (!(t instanceof EnumModel e)) {
        types.add(t);
      } else if (places.containsKey(e.name())) {
        Result merged = merger.merge(places.remove(e.name()));
        types.add(merged.merged());
        warnings.addAll(merged.warnings());
      }
    }
    return Pass.withWarnings(model.withTypes(types), warnings);
  }

  /** Merges {@code places} (at least one, all with the same name) into one enum. */
  public Result merge(List<EnumModel> places) {
    List<EnumModel> sorted = new ArrayList<>(places);
    sorted.sort(Comparator.comparing(EnumModel::source));
    EnumModel first = sorted.get(0);
    Map<String, EnumValue> values = new LinkedHashMap<>();
    boolean open = false;
    String description = "";
    Map<EnumModel, String> differing = new LinkedHashMap<>();
    for (EnumModel place : sorted) {
      open |= place.open();
      if (description.isEmpty()) {
        description = place.description();
      }
      for (EnumValue v : place.values()) {
        EnumValue known = values.get(v.wireValue());
        if (known == null) {
          values.put(v.wireValue(), v);
        } else if (known.description().isEmpty() && !v.description().isEmpty()) {
          values.put(v.wireValue(), known.withDescription(v.description()));
        }
      }
      String differences = place == first ? "" : differences(first, place);
      if (!differences.isEmpty()) {
        differing.put(place, differences);
      }
    }
    String outcome =
        "; they become one " + (open ? "open" : "closed") + " enum with the values of every place";
    List<Diagnostic> warnings = new ArrayList<>();
    differing.forEach(
        (place, differences) ->
            warnings.add(
                Diagnostic.warning(
                    place.source(),
                    "enum " + first.name() + " is also defined at " + first.source() + " with "
                        + differences + outcome)));
    EnumModel merged =
        first
            .withDescription(description)
            .withOpen(open)
            .withValues(uniqueConstants(new ArrayList<>(values.values())));
    return new Result(merged, warnings);
  }

  private static String differences(EnumModel first, EnumModel other) {
    List<String> out = new ArrayList<>();
    Set<String> a = wireValues(first);
    Set<String> b = wireValues(other);
    if (!a.equals(b)) {
      out.add("other values " + b + " (there: " + a + ")");
    }
    if (first.open() != other.open()) {
      out.add(
          other.open()
              ? "modelAsString true (there: false)"
              : "modelAsString false (there: true)");
    }
    if (first.wireType() != other.wireType()) {
      out.add("wire type " + other.wireType() + " (there: " + first.wireType() + ")");
    }
    return String.join(" and ", out);
  }

  private static Set<String> wireValues(EnumModel e) {
    Set<String> out = new LinkedHashSet<>();
    e.values().forEach(v -> out.add(v.wireValue()));
    return out;
  }

  private static List<EnumValue> uniqueConstants(List<EnumValue> values) {
    UniqueNames names = UniqueNames.caseSensitive();
    List<EnumValue> out = new ArrayList<>(values.size());
    for (EnumValue v : values) {
      String javaName = names.claim(v.javaName());
      out.add(javaName.equals(v.javaName()) ? v : v.withJavaName(javaName));
    }
    return out;
  }
}
