package dev.xmsgen.core.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything the emitters need, for one or more spec files loaded as one API.
 *
 * @param client the service as a whole
 * @param types every model and enum, sorted by name; as parse leaves them, an enum defined in
 *     several places appears once per place, next to each other, until the enum merging pass
 * @param groups every operation group, sorted by name
 * @param warnings what was accepted with a caveat, sorted by file and pointer
 */
public record ApiModel(
    ClientModel client, List<TypeDef> types, List<OperationGroup> groups, List<Diagnostic> warnings) {

  public ApiModel {
    types = List.copyOf(types);
    groups = List.copyOf(groups);
    warnings = List.copyOf(warnings);
  }

  /**
   * Whether an operation sends or reads an XML body (consumes or produces an XML media type): only
   * then do models carry XML annotations.
   */
  public boolean usesXml() {
    return groups.stream()
        .flatMap(g -> g.operations().stream())
        .flatMap(op -> java.util.stream.Stream.concat(op.consumes().stream(), op.produces().stream()))
        .anyMatch(XmlNames::isXmlMediaType);
  }

  /** This {@code ApiModel} with another {@code client}. */
  public ApiModel withClient(ClientModel client) {
    return new ApiModel(client, types, groups, warnings);
  }

  /** This {@code ApiModel} with another {@code types}. */
  public ApiModel withTypes(List<TypeDef> types) {
    return new ApiModel(client, types, groups, warnings);
  }

  /** This {@code ApiModel} with another {@code groups}. */
  public ApiModel withGroups(List<OperationGroup> groups) {
    return new ApiModel(client, types, groups, warnings);
  }

  /** This {@code ApiModel} with another {@code warnings}. */
  public ApiModel withWarnings(List<Diagnostic> warnings) {
    return new ApiModel(client, types, groups, warnings);
  }

  /** The type of that Java simple name. */
  public Optional<TypeDef> type(String name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
