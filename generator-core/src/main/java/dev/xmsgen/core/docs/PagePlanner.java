package dev.xmsgen.core.docs;

import dev.xmsgen.core.docs.Dependencies.PageLink;
import dev.xmsgen.core.docs.ReferencePage.ClientAccess;
import dev.xmsgen.core.docs.ReferencePage.Misc;
import dev.xmsgen.core.docs.ReferencePage.OperationRow;
import dev.xmsgen.core.docs.ResourceFinder.Placed;
import dev.xmsgen.core.docs.ResourceFinder.Resource;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a transformed model into its reference pages: one per ARM resource, one per operation
 * group for the operations no resource takes (every group, for an API without resources).
 */
public final class PagePlanner {

  private final String clientPackage;
  private final String modelPackage;

  /**
   * @param clientPackage the package of the generated clients
   * @param modelPackage the package of the generated models
   */
  public PagePlanner(String clientPackage, String modelPackage) {
    this.clientPackage = clientPackage;
    this.modelPackage = modelPackage;
  }

  public DocSet plan(ApiModel api) {
    String clientClass = qualified(clientPackage, api.client().name());
    ResourceFinder.Placement placement = ResourceFinder.place(api);
    Set<String> taken = new HashSet<>();
    List<String> ids = new ArrayList<>();
    Map<String, PageLink> byType = new HashMap<>();
    for (Resource r : placement.resources()) {
      String id = unique(r.model(), taken);
      ids.add(id);
      byType.putIfAbsent(r.type().toLowerCase(Locale.ROOT), new PageLink(id, id));
    }
    PropertyRows rows = new PropertyRows(api);
    Dependencies dependencies = new Dependencies(byType);
    List<ReferencePage> pages = new ArrayList<>();
    for (int i = 0; i < placement.resources().size(); i++) {
      Resource r = placement.resources().get(i);
      TypeDef model = api.type(r.model()).orElse(null);
      String description = model != null && !model.description().isEmpty()
          ? model.description()
          : r.read().description();
      Set<String> sources = new TreeSet<>();
      if (model != null) {
        sources.add(model.source().toString());
      }
      Set<String> accessors = new TreeSet<>();
      List<OperationRow> operations = new ArrayList<>();
      for (Placed p : r.operations()) {
        accessors.add(p.group().accessorName() + "()");
        operations.add(OperationRows.of(p.group(), p.operation()));
        sources.add(p.operation().source().toString());
      }
      pages.add(
          new ReferencePage(
              ids.get(i),
              ids.get(i),
              r.type(),
              description,
              new ClientAccess(
                  clientClass,
                  List.copyOf(accessors),
                  model == null ? null : qualified(modelPackage, model.name())),
              dependencies.of(r.instance(), rows.reachable(r.model())),
              rows.of(r.model()),
              operations,
              new Misc(api.client().apiVersion(), List.copyOf(sources))));
    }
    pages.sort(java.util.Comparator.comparing(ReferencePage::id));
    List<ReferencePage> groupPages = new ArrayList<>();
    for (Map.Entry<OperationGroup, List<OperationModel>> e : placement.leftovers().entrySet()) {
      groupPages.add(groupPage(e.getKey(), e.getValue(), clientClass, api, taken));
    }
    groupPages.sort(java.util.Comparator.comparing(ReferencePage::id));
    pages.addAll(groupPages);
    return new DocSet(
        api.client().name(), api.client().description(), api.client().apiVersion(), clientClass,
        pages);
  }

  private static ReferencePage groupPage(
      OperationGroup group,
      List<OperationModel> ops,
      String clientClass,
      ApiModel api,
      Set<String> taken) {
    String id = unique(group.javaName(), taken);
    Set<String> sources = new TreeSet<>();
    List<OperationRow> operations = new ArrayList<>();
    for (OperationModel op : ops) {
      operations.add(OperationRows.of(group, op));
      sources.add(op.source().toString());
    }
    String title = group.name().isEmpty() ? group.javaName() : group.name();
    return new ReferencePage(
        id,
        title,
        null,
        "",
        new ClientAccess(clientClass, List.of(group.accessorName() + "()"), null),
        List.of(),
        List.of(),
        operations,
        new Misc(api.client().apiVersion(), List.copyOf(sources)));
  }

  /** {@code name}, or {@code name2}, {@code name3}... when an earlier page has it (any case). */
  private static String unique(String name, Set<String> taken) {
    String id = name;
    for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
      id = name + n;
    }
    return id;
  }

  private static String qualified(String pkg, String simpleName) {
    return pkg == null || pkg.isEmpty() ? simpleName : pkg + "." + simpleName;
  }
}
