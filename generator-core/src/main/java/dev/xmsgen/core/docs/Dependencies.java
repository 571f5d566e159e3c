package dev.xmsgen.core.docs;

import dev.xmsgen.core.docs.PropertyRows.Reachable;
import dev.xmsgen.core.docs.ReferencePage.Dependency;
import dev.xmsgen.core.model.PropertyModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a resource depends on: the parents its instance path names, then the resources its ARM-id
 * properties point at (a property with {@code x-ms-arm-id-details}, or format {@code arm-id} and a
 * name ending in {@code Id}).
 */
final class Dependencies {

  /** A resource page, by id and title. */
  record PageLink(String id, String title) {}

  private final Map<String, PageLink> pagesByType;

  /** @param pagesByType the resource pages by lower-case resource type */
  Dependencies(Map<String, PageLink> pagesByType) {
    this.pagesByType = pagesByType;
  }

  List<Dependency> of(ArmPath instance, List<Reachable> properties) {
    LinkedHashSet<Dependency> out = new LinkedHashSet<>();
    for (ArmPath.Parent parent : instance.parents()) {
      if (parent.type() == null) {
        out.add(new Dependency("any resource (scope)", null, parent.placeholder()));
      } else if (parent.type().equals("resourceGroups")) {
        out.add(new Dependency("resource group", null, parent.placeholder()));
      } else {
        out.add(resource(parent.type(), parent.placeholder()));
      }
    }
    for (Reachable r : properties) {
      PropertyModel p = r.property();
      if (p.armId() == null) {
        continue;
      }
      String via = r.wire() + (r.readOnly() ? " (read-only)" : "");
      if (!p.armId().allowedTypes().isEmpty()) {
        for (String type : p.armId().allowedTypes()) {
          out.add(resource(type, via));
        }
      } else if (p.wireName().toLowerCase(Locale.ROOT).endsWith("id")) {
        out.add(new Dependency("any resource (ARM id)", null, via));
      }
    }
    return new ArrayList<>(out);
  }

  private Dependency resource(String type, String via) {
    PageLink page = pagesByType.get(type.toLowerCase(Locale.ROOT));
    return page == null
        ? new Dependency(type, null, via)
        : new Dependency(page.title(), page.id(), via);
  }
}
