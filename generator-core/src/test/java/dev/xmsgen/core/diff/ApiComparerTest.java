package dev.xmsgen.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each spec pair under {@code specs/diff} changes one thing; its diff must say exactly that: the
 * kind, whether it breaks callers, the Java symbol and where in both specs the cause is, and
 * nothing else.
 */
class ApiComparerTest {
  private static final String GET = "#/paths/~1resourceGroups~1{resourceGroupName}~1vaults~1{vaultName}/get";
  private static final String PUT = "#/paths/~1resourceGroups~1{resourceGroupName}~1vaults~1{vaultName}/put";
  private static final String LIST = "#/paths/~1vaults/get";
  private static final String VAULTS = "com.example.VaultsClient#";
  private static final String MODELS = "com.example.models.";

  /** {@code kind breaking java old new}, old and new being pointers into old.json and new.json. */
  static Stream<Arguments> cases() {
    return Stream.of(
        c("api-version-changed", "api-version-changed", false, "com.example.DemoClient.API_VERSION",
            "#/info/version", "#/info/version"),
        c("operation-added", "operation-added", false, VAULTS + "delete(String, String)",
            null, GET.replace("/get", "/delete")),
        c("operation-removed", "operation-removed", true, VAULTS + "delete(String, String)",
            GET.replace("/get", "/delete"), null),
        c("operation-renamed", "operation-renamed", true, VAULTS + "show(String, String)", GET, GET),
        c("group-added", "group-added", false, "com.example.KeysClient", null, "#/paths/~1keys/get"),
        c("group-removed", "group-removed", true, "com.example.KeysClient", "#/paths/~1keys/get", null),
        c("group-renamed", "group-renamed", true, "com.example.KeyVaultsClient", GET, GET),
        c("parameter-added-required", "parameter-added-required", true,
            VAULTS + "get(String, String, String)", null, GET + "/parameters/3"),
        // a plain operation's getWithResponse takes every argument, so its signature changes
        c("parameter-added-optional", "parameter-added-optional", true,
            VAULTS + "get(String, String, String)", null, GET + "/parameters/3"),
        // a pageable operation without optional arguments keeps list() and gains list(Integer),
        // but its per-call options overload list(RequestOptions) becomes list(Integer, ...)
        c("parameter-added-optional-paged", "parameter-added-optional", true,
            VAULTS + "list(Integer)", null, LIST + "/parameters/0"),
        // required arguments come first and unboxed: list(Integer) becomes list(int)
        c("parameter-became-required", "parameter-became-required", true, VAULTS + "list(int)",
            LIST + "/parameters/0", LIST + "/parameters/0"),
        // parameter names are not part of a Java signature
        c("parameter-renamed", "parameter-renamed", false, VAULTS + "get(String, String)",
            GET + "/parameters/1", GET + "/parameters/1"),
        c("enum-renamed", "enum-renamed", true, MODELS + "VaultSkuName",
            "#/definitions/Sku/properties/name", "#/definitions/Sku/properties/name"),
        c("property-became-optional", "property-became-optional", false, MODELS + "Vault#getName()",
            "#/definitions/Vault/properties/name", "#/definitions/Vault/properties/name"),
        c("model-added", "model-added", false, MODELS + "Tag", null, "#/definitions/Tag"),
        c("model-removed", "model-removed", true, MODELS + "Tag", "#/definitions/Tag", null),
        c("parameter-removed", "parameter-removed", true, VAULTS + "list()",
            LIST + "/parameters/0", null),
        c("parameters-reordered", "parameters-reordered", true, VAULTS + "get(String, String)",
            GET + "/parameters", GET + "/parameters"),
        c("parameter-type-changed", "parameter-type-changed", true, VAULTS + "list(String)",
            LIST + "/parameters/0", LIST + "/parameters/0"),
        c("return-type-changed", "return-type-changed", true, VAULTS + "get(String, String)",
            GET + "/responses", GET + "/responses"),
        c("pageable-added", "pageable-added", true, VAULTS + "list(Integer)", LIST, LIST),
        c("pageable-removed", "pageable-removed", true, VAULTS + "list(Integer)", LIST, LIST),
        c("long-running-added", "long-running-added", true,
            VAULTS + "createOrUpdate(String, String, Vault)", PUT, PUT),
        c("long-running-removed", "long-running-removed", true,
            VAULTS + "createOrUpdate(String, String, Vault)", PUT, PUT),
        c("property-added", "property-added", false, MODELS + "Vault#getLocation()",
            null, "#/definitions/Vault/properties/location"),
        c("property-removed", "property-removed", true, MODELS + "Vault#getName()",
            "#/definitions/Vault/properties/name", null),
        c("property-renamed", "property-renamed", true, MODELS + "Vault#getVaultName()",
            "#/definitions/Vault/properties/name", "#/definitions/Vault/properties/name"),
        c("property-type-changed", "property-type-changed", true,
            MODELS + "VaultProperties#getEnabledForDeployment()",
            "#/definitions/VaultProperties/properties/enabledForDeployment",
            "#/definitions/VaultProperties/properties/enabledForDeployment"),
        // source compiles; requests without it now fail validate()
        c("property-became-required", "property-became-required", true, MODELS + "Vault#getName()",
            "#/definitions/Vault/properties/name", "#/definitions/Vault/properties/name"),
        c("property-became-read-only", "property-became-read-only", true, MODELS + "Vault#getName()",
            "#/definitions/Vault/properties/name", "#/definitions/Vault/properties/name"),
        c("property-became-writable", "property-became-writable", false, MODELS + "Vault#getId()",
            "#/definitions/Vault/properties/id", "#/definitions/Vault/properties/id"),
        c("flatten-added", "flatten-added", true, MODELS + "Vault#getProperties()",
            "#/definitions/Vault/properties/properties", "#/definitions/Vault/properties/properties"),
        c("flatten-removed", "flatten-removed", true, MODELS + "Vault#getProperties()",
            "#/definitions/Vault/properties/properties", "#/definitions/Vault/properties/properties"),
        // behaviour: a closed enum's new value breaks exhaustive handling
        c("enum-value-added-closed", "enum-value-added", true, MODELS + "SkuName.ENTERPRISE",
            null, "#/definitions/Sku/properties/name/enum"),
        c("enum-value-added-open", "enum-value-added", false, MODELS + "SkuFamily.C",
            null, "#/definitions/Sku/properties/family/enum"),
        c("enum-value-removed", "enum-value-removed", true, MODELS + "SkuName.PREMIUM",
            "#/definitions/Sku/properties/name/enum", null),
        // and the closed enum's wire-value accessor on the model that holds it goes
        Arguments.of(
            "enum-model-as-string-changed",
            List.of(
                line("enum-model-as-string-changed", true, MODELS + "Sku#getNameWireValue()",
                    "#/definitions/Sku/properties/name", "#/definitions/Sku/properties/name"),
                line("enum-model-as-string-changed", true, MODELS + "SkuName",
                    "#/definitions/Sku/properties/name", "#/definitions/Sku/properties/name"))),
        c("discriminator-value-changed", "discriminator-value-changed", true, MODELS + "Dog",
            "#/definitions/Dog", "#/definitions/Dog"),
        c("model-renamed", "model-renamed", true, MODELS + "KeyVaultProperties",
            "#/definitions/VaultProperties", "#/definitions/KeyVaultProperties"));
  }

  private static Arguments c(
      String folder, String kind, boolean breaking, String java, String old, String now) {
    return Arguments.of(folder, List.of(line(kind, breaking, java, old, now)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theOneChangeIsReportedAsACallerSeesIt(String folder, List<String> expected) throws Exception {
    assertEquals(expected, lines(DiffSpecs.diff(folder)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("movedCases")
  void aParameterMovedBetweenClientAndMethodIsReportedOnEveryOperationThatTakesIt(
      String folder, List<String> expected) throws Exception {
    assertEquals(sorted(expected), lines(DiffSpecs.diff(folder)));
  }

  static Stream<Arguments> movedCases() {
    String rg = "#/parameters/ResourceGroupName";
    return Stream.of(
        Arguments.of(
            "parameter-moved-to-client",
            List.of(
                line("parameter-moved-to-client", true, VAULTS + "createOrUpdate(String, Vault)", rg, rg),
                line("parameter-moved-to-client", true, VAULTS + "get(String)", rg, rg),
                // required: build() fails until it is set
                line("client-parameter-added", true,
                    "com.example.DemoClient.Builder#resourceGroupName(String)", null, rg))),
        Arguments.of(
            "parameter-moved-to-method",
            List.of(
                line("parameter-moved-to-method", true,
                    VAULTS + "createOrUpdate(String, String, Vault)", rg, rg),
                line("parameter-moved-to-method", true, VAULTS + "get(String, String)", rg, rg),
                line("client-parameter-removed", true,
                    "com.example.DemoClient.Builder#resourceGroupName(String)", rg, null))),
        // the error model is a new class, so the model is new as well
        Arguments.of(
            "error-model-changed",
            List.of(
                line("error-model-changed", false, VAULTS + "get(String, String)",
                    GET + "/responses", GET + "/responses"),
                line("model-added", false, MODELS + "CloudError", null, "#/definitions/CloudError"))));
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }

  private static String line(String kind, boolean breaking, String java, String old, String now) {
    return kind + " " + breaking + " " + java + " " + (old == null ? "null" : "old.json" + old) + " "
        + (now == null ? "null" : "new.json" + now);
  }

  private static List<String> lines(ApiDiff diff) {
    return diff.changes().stream()
        .map(c -> c.kind().id() + " " + c.breaking() + " " + c.java() + " " + c.oldSource() + " "
            + c.newSource())
        .sorted()
        .collect(Collectors.toList());
  }
}
