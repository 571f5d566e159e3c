package dev.xmsgen.core.docs;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.JavaNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds an API's ARM resources and places every operation: with the resource whose collection it
 * is, else whose instance path its path starts with (the longest such), else whose type it lists;
 * else on its group's page.
 *
 * <p>A resource is a path that ends in a named instance ({@code .../vaults/{vaultName}}) with a
 * {@code GET} and a {@code PUT} or {@code DELETE}.
 */
final class ResourceFinder {

  private ResourceFinder() {}

  /** An operation and the group whose client has it. */
  record Placed(OperationGroup group, OperationModel operation) {}

  /**
   * One ARM resource.
   *
   * @param model the resource model's Java simple name (the GET's result), or a name from the
   *     path when the GET returns no model
   * @param instance the instance path
   * @param type the resource type
   * @param read the {@code GET} on the instance path
   * @param operations every operation placed here, in group and spec order
   */
  record Resource(
      String model, ArmPath instance, String type, OperationModel read, List<Placed> operations) {}

  /**
   * Where everything went.
   *
   * @param resources in order of their first operation
   * @param leftovers per group (sorted by name) the operations no resource took, in spec order
   */
  record Placement(List<Resource> resources, Map<OperationGroup, List<OperationModel>> leftovers) {}

  static Placement place(ApiModel api) {
    List<Placed> all = new ArrayList<>();
    for (OperationGroup g : api.groups()) {
      for (OperationModel op : g.operations()) {
        all.add(new Placed(g, op));
      }
    }
    Map<String, List<Placed>> byShape = new LinkedHashMap<>();
    for (Placed p : all) {
      ArmPath path = ArmPath.of(p.operation().path());
      if (path.endsInInstance()) {
        byShape.computeIfAbsent(path.shape(), k -> new ArrayList<>()).add(p);
      }
    }
    List<ArmPath> instances = new ArrayList<>();
    List<OperationModel> reads = new ArrayList<>();
    for (List<Placed> ops : byShape.values()) {
      OperationModel get = first(ops, "GET");
      if (get != null && (first(ops, "PUT") != null || first(ops, "DELETE") != null)) {
        instances.add(ArmPath.of(get.path()));
        reads.add(get);
      }
    }
    List<List<Placed>> placed = new ArrayList<>();
    instances.forEach(i -> placed.add(new ArrayList<>()));
    Map<OperationGroup, List<OperationModel>> leftovers = new LinkedHashMap<>();
    for (Placed p : all) {
      int owner = owner(ArmPath.of(p.operation().path()), instances);
      if (owner >= 0) {
        placed.get(owner).add(p);
      } else {
        leftovers.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p.operation());
      }
    }
    List<Resource> resources = new ArrayList<>();
    for (int i = 0; i < instances.size(); i++) {
      ArmPath instance = instances.get(i);
      resources.add(
          new Resource(
              modelName(reads.get(i), instance),
              instance,
              Objects.requireNonNullElse(instance.resourceType(), ""),
              reads.get(i),
              placed.get(i)));
    }
    return new Placement(resources, leftovers);
  }

  /** The resource an operation belongs to: deepest instance prefix, else the one it lists. */
  private static int owner(ArmPath path, List<ArmPath> instances) {
    String asCollection = path.shape() + "/{}";
    for (int i = 0; i < instances.size(); i++) {
      if (instances.get(i).shape().equals(asCollection)) {
        return i;
      }
    }
    int best = -1;
    for (int i = 0; i < instances.size(); i++) {
      ArmPath instance = instances.get(i);
      if (path.startsWith(instance)
          && (best < 0 || instance.segments().size() > instances.get(best).segments().size())) {
        best = i;
      }
    }
    if (best >= 0 || path.endsInInstance() || path.resourceType() == null) {
      return best;
    }
    for (int i = 0; i < instances.size(); i++) {
      if (path.resourceType().equalsIgnoreCase(instances.get(i).resourceType())) {
        return i;
      }
    }
    return -1;
  }

  private static OperationModel first(List<Placed> ops, String method) {
    return ops.stream()
        .map(Placed::operation)
        .filter(o -> o.httpMethod().equals(method))
        .findFirst()
        .orElse(null);
  }

  /** The GET's first successful body if it is a named type, else the type segment in Pascal case. */
  static String modelName(OperationModel read, ArmPath instance) {
    String result = resultName(read);
    if (result != null) {
      return result;
    }
    List<String> s = instance.segments();
    return JavaNames.pascal(s.get(s.size() - 2));
  }

  /** The successful body's named type of an operation, or {@code null}. */
  static String resultName(OperationModel op) {
    for (ResponseModel r : op.responses()) {
      if (!r.error() && r.body() != null) {
        return r.body() instanceof TypeRef.Named n ? n.name() : null;
      }
    }
    return null;
  }
}
