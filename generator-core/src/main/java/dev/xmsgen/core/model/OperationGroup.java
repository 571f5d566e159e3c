package dev.xmsgen.core.model;

import java.util.List;

/**
 * The operations that share an operation id prefix ({@code Vaults_Get}, {@code Vaults_List}: group
 * {@code Vaults}); one client class each.
 *
 * @param name the prefix as in the spec; empty for operation ids without {@code _}
 * @param javaName the client class's simple name, for example {@code VaultsClient}
 * @param accessorName the top-level client's accessor, for example {@code vaults}
 * @param operations in spec order
 */
public record OperationGroup(
    String name, String javaName, String accessorName, List<OperationModel> operations) {
  public OperationGroup {
    operations = List.copyOf(operations);
  }
}
