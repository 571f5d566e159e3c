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

  /** This {@code OperationGroup} with another {@code name}. */
  public OperationGroup withName(String name) {
    return new OperationGroup(name, javaName, accessorName, operations);
  }

  /** This {@code OperationGroup} with another {@code javaName}. */
  public OperationGroup withJavaName(String javaName) {
    return new OperationGroup(name, javaName, accessorName, operations);
  }

  /** This {@code OperationGroup} with another {@code accessorName}. */
  public OperationGroup withAccessorName(String accessorName) {
    return new OperationGroup(name, javaName, accessorName, operations);
  }

  /** This {@code OperationGroup} with another {@code operations}. */
  public OperationGroup withOperations(List<OperationModel> operations) {
    return new OperationGroup(name, javaName, accessorName, operations);
  }
}
