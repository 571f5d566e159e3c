package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.naming.AccessorNames;
import dev.xmsgen.core.naming.JavaNames;
import dev.xmsgen.core.naming.UniqueNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts operations into groups by operation id prefix (prefixes that differ only in case are one
 * group), sorted by group name, each operation in the order read. Group {@code Vaults} becomes class {@code VaultsClient} with accessor {@code vaults}.
 * Operations whose id has no {@code _} form the group with the empty name, whose class is named
 * after the service: {@code KeyVaultManagementClient} gives {@code
 * KeyVaultManagementOperationsClient}, accessor {@code keyVaultManagementOperations}. Class names
 * share the package with the model types and are made unique with them. Method names are left as
 * the operation ids give them; the naming pass numbers one used twice in a group.
 */
final class GroupAssembler {
  private final DraftNames names;
  private final UniqueNames classNames;

  GroupAssembler(DraftNames names, UniqueNames classNames) {
    this.names = names;
    this.classNames = classNames;
  }

  List<OperationGroup> assemble(List<OperationDraft> operations, String clientName) {
    // prefixes that differ only in case (httpSuccess_Get200, HttpSuccess_Head200) are one group,
    // named as first met
    Map<String, List<OperationModel>> byGroup = new TreeMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    for (OperationDraft op : operations) {
      String key = op.group().isEmpty() ? "" : JavaNames.pascal(op.group());
      spelling.putIfAbsent(key, op.group());
      byGroup.computeIfAbsent(key, g -> new ArrayList<>()).add(op.model());
    }
    String service =
        clientName.endsWith("Client")
            ? clientName.substring(0, clientName.length() - "Client".length())
            : clientName;
    UniqueNames accessors = UniqueNames.caseSensitive();
    // the client's own members, and Object's, which a group accessor must not take
    accessors.reserveAll(AccessorNames.CLIENT_MEMBERS);
    List<OperationGroup> groups = new ArrayList<>();
    for (Map.Entry<String, List<OperationModel>> e : byGroup.entrySet()) {
      String base = e.getKey().isEmpty() ? service + "Operations" : e.getKey();
      String javaName = classNames.claim(base + "Client");
      String accessor = accessors.claim(JavaNames.camel(base));
      groups.add(
          new OperationGroup(
              spelling.get(e.getKey()), javaName, accessor, methods(e.getValue())));
    }
    return groups;
  }

  private List<OperationModel> methods(List<OperationModel> operations) {
    return operations.stream().map(op -> names.operation(op, op.javaName())).toList();
  }
}
