package dev.xmsgen.core.docs;

import java.util.List;

/**
 * One reference page, as data: what the writer turns into Markdown.
 *
 * @param id the page's name, unique in its set; the file is {@code id + ".md"}
 * @param title the heading
 * @param resourceType for an ARM resource, its type ({@code Microsoft.KeyVault/vaults}); {@code
 *     null} for an operation group's page
 * @param description what it is, from the spec's descriptions; empty when the spec says nothing
 * @param access how to reach it from the generated client
 * @param dependencies what must exist first, parents first
 * @param properties the resource model's properties, as a caller reaches them; empty for a group
 * @param operations the operations on the page, in spec order of their groups
 * @param misc api-version and where the spec defines it
 */
public record ReferencePage(
    String id,
    String title,
    String resourceType,
    String description,
    ClientAccess access,
    List<Dependency> dependencies,
    List<PropertyRow> properties,
    List<OperationRow> operations,
    Misc misc) {

  public ReferencePage {
    dependencies = List.copyOf(dependencies);
    properties = List.copyOf(properties);
    operations = List.copyOf(operations);
  }

  /**
   * How the generated client reaches the page's operations.
   *
   * @param clientClass the top-level client's qualified name
   * @param accessors each group's accessor on it ({@code privateEndpointConnections()}), sorted
   * @param model the resource model's qualified name, or {@code null} for a group page
   */
  public record ClientAccess(String clientClass, List<String> accessors, String model) {
    public ClientAccess {
      accessors = List.copyOf(accessors);
    }
  }

  /**
   * Something that must exist before this resource.
   *
   * @param label what it is ({@code Vault}, {@code resource group})
   * @param pageId the page that documents it, or {@code null} when there is none
   * @param via what points at it: a path parameter ({@code {vaultName}}) or a property's wire path
   */
  public record Dependency(String label, String pageId, String via) {}

  /**
   * One row of the properties table.
   *
   * @param accessor the Java getter chain from the resource model ({@code
   *     getPrivateLinkServiceConnectionState().getStatus()})
   * @param wireName the JSON path ({@code properties.privateLinkServiceConnectionState.status})
   * @param type the Java type, simple names
   * @param readOnly only read from responses
   * @param required listed in {@code required} where it is declared
   * @param enumValues the known wire values of an enum type, in spec order; empty otherwise
   * @param description the spec's description, or empty
   */
  public record PropertyRow(
      String accessor,
      String wireName,
      String type,
      boolean readOnly,
      boolean required,
      List<String> enumValues,
      String description) {
    public PropertyRow {
      enumValues = List.copyOf(enumValues);
    }
  }

  /**
   * One operation.
   *
   * @param javaCall the call on the client ({@code privateEndpointConnections().get(...)})
   * @param httpMethod upper case
   * @param path the path template
   * @param kind {@code long-running}, {@code paged} or empty
   * @param errors the declared error responses ({@code default: CloudError})
   * @param summary the spec's summary, else its description, or empty
   */
  public record OperationRow(
      String javaCall,
      String httpMethod,
      String path,
      String kind,
      List<String> errors,
      String summary) {
    public OperationRow {
      errors = List.copyOf(errors);
    }
  }

  /**
   * Where the page comes from.
   *
   * @param apiVersion the API's version
   * @param sources the spec file and JSON pointer of the model and of every operation, sorted
   */
  public record Misc(String apiVersion, List<String> sources) {
    public Misc {
      sources = List.copyOf(sources);
    }
  }
}
