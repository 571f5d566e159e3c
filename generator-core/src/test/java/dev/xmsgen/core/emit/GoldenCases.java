package dev.xmsgen.core.emit;

import static dev.xmsgen.core.testing.Models.api;
import static dev.xmsgen.core.testing.Models.enumOf;
import static dev.xmsgen.core.testing.Models.listOf;
import static dev.xmsgen.core.testing.Models.mapOf;
import static dev.xmsgen.core.testing.Models.named;
import static dev.xmsgen.core.testing.Models.object;
import static dev.xmsgen.core.testing.Models.prop;
import static dev.xmsgen.core.testing.Models.scalar;
import static dev.xmsgen.core.testing.Models.string;

import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.TypeRef.Primitive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built models, one per rule of the emitter, each emitted into its own package {@code
 * com.example.<case>} so all of them compile together.
 */
final class GoldenCases {
  private GoldenCases() {}

  /** Every case by name, in a fixed order. */
  static Map<String, ApiModel> all() {
    Map<String, ApiModel> cases = new LinkedHashMap<>();
    cases.put("inheritance", inheritance());
    cases.put("validation", validation());
    cases.put("flatten", flatten());
    cases.put("enums", enums());
    cases.put("additionalprops", additionalProperties());
    cases.put("discriminator", discriminator());
    cases.put("formats", formats());
    cases.put("recursive", recursive());
    cases.put("keywords", keywords());
    return cases;
  }

  /** The package a case is emitted into. */
  static String packageOf(String name) {
    return "com.example." + name;
  }

  /** The files of one case, models and enums only. */
  static List<GeneratedFile> emit(String name, ApiModel model) {
    return new JavaEmitter(packageOf(name), packageOf(name) + ".models", null).emit(model);
  }

  /** The files of every case. */
  static List<GeneratedFile> emitAll() {
    return all().entrySet().stream().flatMap(e -> emit(e.getKey(), e.getValue()).stream()).toList();
  }

  /** allOf over two levels, read-only properties, covariant setters, boolean getters. */
  static ApiModel inheritance() {
    var resource =
        object("Resource")
            .describe(
                "Common fields that are returned in the response for all Azure Resource Manager"
                    + " resources.")
            .props(
                prop("id", string())
                    .readOnly()
                    .describe("Fully qualified resource ID for the resource."),
                prop("name", string()).readOnly().describe("The name of the resource."),
                prop("type", string()).readOnly());
    var tracked =
        object("TrackedResource")
            .describe(
                "The resource model definition for an Azure Resource Manager tracked top level"
                    + " resource which has 'tags' and a 'location'")
            .parent("Resource")
            .props(
                prop("tags", mapOf(string())).describe("Resource tags."),
                prop("location", string())
                    .required()
                    .describe("The geo-location where the resource lives"));
    var vault =
        object("Vault")
            .describe("Resource information with extended details.")
            .parent("TrackedResource")
            .props(
                prop("properties", named("VaultProperties"))
                    .required()
                    .describe("Properties of the vault"),
                prop("createdAt", scalar(Primitive.DATE_TIME))
                    .readOnly()
                    .describe("When the vault was created."));
    var properties =
        object("VaultProperties")
            .describe("Properties of the vault")
            .props(
                prop("tenantId", scalar(Primitive.UUID))
                    .required()
                    .describe(
                        "The Azure Active Directory tenant ID that should be used for"
                            + " authenticating requests to the key vault."),
                prop("enabledForDeployment", scalar(Primitive.BOOLEAN))
                    .describe(
                        "Property to specify whether Azure Virtual Machines are permitted to"
                            + " retrieve certificates stored as secrets from the key vault."),
                prop("vaultUri", scalar(Primitive.URL))
                    .readOnly()
                    .describe("The URI of the vault."),
                prop("softDeleteRetentionInDays", scalar(Primitive.INT32)));
    return api(
        "inheritance.json",
        List.of(resource.build(), tracked.build(), vault.build(), properties.build()));
  }

  /** Required properties, and nested models in properties, lists, maps and lists of lists. */
  static ApiModel validation() {
    var order =
        object("Order")
            .describe("An order.")
            .props(
                prop("customer", named("Customer")).required(),
                prop("lines", listOf(named("Line"))).required().describe("The order lines."),
                prop("notes", listOf(string())),
                prop("extras", mapOf(named("Line"))),
                prop("batches", listOf(listOf(named("Line")))),
                prop("auditedBy", string()).required().readOnly(),
                prop("reference", string()).required());
    var customer =
        object("Customer").props(prop("name", string()).required(), prop("email", string()));
    var line =
        object("Line")
            .props(
                prop("sku", string()).required(),
                prop("quantity", scalar(Primitive.INT32)).required());
    return api("validation.json", List.of(order.build(), customer.build(), line.build()));
  }

  /** x-ms-client-flatten: one level with a read-only leaf, two levels, and an inheriting class. */
  static ApiModel flatten() {
    var properties =
        object("PrivateEndpointConnectionProperties")
            .describe("Properties of the private endpoint connection resource.")
            .props(
                prop("privateEndpoint", named("PrivateEndpoint"))
                    .describe("Properties of the private endpoint object."),
                prop(
                        "privateLinkServiceConnectionState",
                        named("PrivateLinkServiceConnectionState"))
                    .required()
                    .describe("Approval state of the private link connection."),
                prop("provisioningState", string())
                    .readOnly()
                    .describe("Provisioning state of the private endpoint connection."));
    var connection =
        object("PrivateEndpointConnection")
            .describe("Private endpoint connection resource.")
            .props(
                prop("id", string()).readOnly(),
                prop("properties", named("PrivateEndpointConnectionProperties"))
                    .flatten()
                    .describe("Resource properties."),
                prop("etag", string())
                    .describe("Modified whenever there is a change in the state."));
    var managed =
        object("ManagedConnection")
            .describe("A connection with an owner.")
            .parent("PrivateEndpointConnection")
            .props(prop("owner", string()));
    var endpoint = object("PrivateEndpoint").props(prop("id", string()).readOnly());
    var state =
        object("PrivateLinkServiceConnectionState")
            .props(
                prop("status", string()),
                prop("description", string()),
                prop("actionsRequired", string()));

    var inner =
        object("Inner")
            .props(
                prop("enabled", scalar(Primitive.BOOLEAN)).describe("Whether it is on."),
                prop("mode", string()).readOnly(),
                prop("retention", scalar(Primitive.DURATION)),
                prop("tier", named("Tier")));
    var middle =
        object("Middle")
            .props(prop("name", string()).required(), prop("settings", named("Inner")).flatten());
    var outer =
        object("Outer")
            .describe("Flattens a property that flattens another.")
            .props(prop("properties", named("Middle")).flatten());
    return api(
        "flatten.json",
        List.of(
            properties.build(),
            connection.build(),
            managed.build(),
            endpoint.build(),
            state.build(),
            inner.build(),
            middle.build(),
            outer.build(),
            enumOf("Tier", "A closed tier.", false, Primitive.STRING, "basic", "", "pro", "")));
  }

  /** Open and closed enums, string and numeric. */
  static ApiModel enums() {
    var task =
        object("Task")
            .props(
                prop("state", named("ProvisioningState")).readOnly(),
                prop("sku", named("SkuName")).required(),
                prop("priority", named("Priority")),
                prop("level", named("Level")),
                prop("weight", named("Weight")),
                prop("history", listOf(named("ProvisioningState"))));
    return api(
        "enums.json",
        List.of(
            task.build(),
            object("Probe")
                .props(
                    prop("kind", named("ProbeKind")).required(),
                    prop("target", string()),
                    prop("skus", listOf(named("SkuName"))),
                    prop("skuByRegion", mapOf(named("SkuName"))),
                    prop("fallbackSku", named("SkuName")).nullable())
                .build(),
            enumOf("ProbeKind", "What is probed: one value.", false, Primitive.STRING,
                "Microsoft.Tasks/probes", ""),
            enumOf(
                "ProvisioningState",
                "The current provisioning state.",
                true,
                Primitive.STRING,
                "Succeeded",
                "The operation succeeded.",
                "Failed",
                "",
                "In-Progress",
                "Still running."),
            enumOf(
                "SkuName",
                "SKU name to specify whether the key vault is a standard vault or a premium vault.",
                false,
                Primitive.STRING,
                "standard",
                "",
                "premium",
                "HSM-protected keys."),
            enumOf("Priority", "", true, Primitive.INT32, "1", "Lowest.", "2", "", "3", "Highest."),
            enumOf("Level", "A level.", false, Primitive.INT64, "10", "", "20", ""),
            enumOf("Weight", "A weight.", false, Primitive.FLOAT64, "0.5", "", "2", "")));
  }

  /**
   * additionalProperties of scalars, models, formatted values and anything; map properties; a
   * declared property named additionalProperties beside them.
   */
  static ApiModel additionalProperties() {
    return api(
        "additionalprops.json",
        List.of(
            object("Bag")
                .describe("A bag of properties.")
                .props(prop("name", string()))
                .additionalProperties(string())
                .build(),
            object("Tagged")
                .props(
                    prop("tags", mapOf(string())).describe("Resource tags."),
                    prop("counters", mapOf(scalar(Primitive.INT64))))
                .build(),
            object("Catalog")
                .props(prop("title", string()).required())
                .additionalProperties(named("Item"))
                .build(),
            object("Item").props(prop("sku", string()).required()).build(),
            object("Stamps").additionalProperties(scalar(Primitive.DATE_TIME_RFC1123)).build(),
            object("Anything").additionalProperties(scalar(Primitive.ANY)).build(),
            object("Measured")
                .props(
                    prop("additionalProperties", mapOf(scalar(Primitive.FLOAT64)))
                        .describe("Measurements, by name."))
                .additionalProperties(string())
                .build()));
  }

  /** Two hierarchies: odata.type over two levels, and kind typed by an open enum. */
  static ApiModel discriminator() {
    return api(
        "discriminator.json",
        List.of(
            object("Analyzer")
                .describe("Base type for analyzers.")
                .discriminator("odata.type")
                .value("Analyzer")
                .subtypes("CustomAnalyzer", "StandardAnalyzer")
                .props(prop("name", string()).required().describe("The name of the analyzer."))
                .build(),
            object("CustomAnalyzer")
                .describe(
                    "Allows you to take control over the process of converting text into tokens.")
                .parent("Analyzer")
                .value("#Microsoft.Azure.Search.CustomAnalyzer")
                .props(
                    prop("tokenizer", string()).required(), prop("tokenFilters", listOf(string())))
                .build(),
            object("StandardAnalyzer")
                .parent("Analyzer")
                .value("#Microsoft.Azure.Search.StandardAnalyzer")
                .subtypes("StandardAsciiFoldingAnalyzer")
                .props(prop("maxTokenLength", scalar(Primitive.INT32)))
                .build(),
            object("StandardAsciiFoldingAnalyzer")
                .parent("StandardAnalyzer")
                .value("#Microsoft.Azure.Search.StandardAsciiFoldingAnalyzer")
                .props(prop("preserveOriginal", scalar(Primitive.BOOLEAN)))
                .build(),
            object("SearchIndex")
                .props(
                    prop("name", string()).required(),
                    prop("analyzers", listOf(named("Analyzer"))),
                    prop("defaultAnalyzer", named("Analyzer")))
                .build(),
            object("Pet")
                .discriminator("kind")
                .value("Pet")
                .subtypes("Cat", "Dog")
                .props(
                    prop("kind", named("PetKind")).required().describe("The kind of pet."),
                    prop("name", string()))
                .build(),
            object("Dog")
                .parent("Pet")
                .value("dog")
                .props(prop("barks", scalar(Primitive.BOOLEAN)))
                .build(),
            object("Cat").parent("Pet").value("cat").build(),
            enumOf("PetKind", "", true, Primitive.STRING, "dog", "", "cat", "")));
  }

  /** Every primitive, and the formats that need serializers inside lists and maps. */
  static ApiModel formats() {
    return api(
        "formats.json",
        List.of(
            object("Formats")
                .props(
                    prop("createdAt", scalar(Primitive.DATE_TIME)),
                    prop("birthday", scalar(Primitive.DATE)),
                    prop("timeout", scalar(Primitive.DURATION)),
                    prop("id", scalar(Primitive.UUID)),
                    prop("payload", scalar(Primitive.BYTE_ARRAY)),
                    prop("lastModified", scalar(Primitive.DATE_TIME_RFC1123)),
                    prop("expires", scalar(Primitive.UNIX_TIME)),
                    prop("key", scalar(Primitive.BASE64_URL)),
                    prop("history", listOf(scalar(Primitive.DATE_TIME_RFC1123))),
                    prop("stamps", mapOf(scalar(Primitive.UNIX_TIME))),
                    prop("keys", listOf(scalar(Primitive.BASE64_URL))),
                    prop("dates", listOf(scalar(Primitive.DATE_TIME))),
                    prop("price", scalar(Primitive.DECIMAL)),
                    prop("count", scalar(Primitive.INT64)),
                    prop("ratio", scalar(Primitive.FLOAT32)),
                    prop("score", scalar(Primitive.FLOAT64)),
                    prop("website", scalar(Primitive.URL)),
                    prop("anything", scalar(Primitive.ANY)),
                    prop("flags", listOf(scalar(Primitive.BOOLEAN))),
                    prop("password", string()).secret())
                .build()));
  }

  /** A model that contains itself, and two that contain each other. */
  static ApiModel recursive() {
    return api(
        "recursive.json",
        List.of(
            object("TreeNode")
                .props(
                    prop("name", string()).required(),
                    prop("children", listOf(named("TreeNode"))),
                    prop("parent", named("TreeNode")),
                    prop("index", mapOf(named("TreeNode"))))
                .build(),
            object("Employee")
                .props(
                    prop("name", string()).required(),
                    prop("manager", named("Employee")),
                    prop("department", named("Department")))
                .build(),
            object("Department").props(prop("head", named("Employee")).required()).build()));
  }

  /** Names the transform made safe, type names that shadow java.lang, hostile descriptions. */
  static ApiModel keywords() {
    return api(
        "keywords.json",
        List.of(
            object("Override")
                .describe(
                    "Ends */ early, starts @param tags, has <b>HTML</b> & \\u000a escapes,"
                        + " $dollars, quotes \" and ünïcödé.\r\n\r\n"
                        + "A second paragraph.")
                .props(
                    prop("class", string()).describe("A \\u002a/ sneaky comment end."),
                    prop("default", scalar(Primitive.BOOLEAN)),
                    prop("isDefault", scalar(Primitive.BOOLEAN)),
                    prop("$ref", string()),
                    prop("@odata.etag", string()),
                    prop("1st", scalar(Primitive.INT32)),
                    prop("x-ms-foo", string()),
                    prop("error", named("Error")),
                    prop("word", named("Word")))
                .build(),
            object("Error").props(prop("message", string()).required()).build(),
            enumOf(
                "Word",
                "Values that are keywords.",
                true,
                Primitive.STRING,
                "default",
                "",
                "null",
                "",
                "class",
                "",
                "values",
                "The @values */ value."),
            enumOf(
                "ApiVersion", "", false, Primitive.STRING, "2021-06-01-preview", "", "1.0", "")));
  }
}
