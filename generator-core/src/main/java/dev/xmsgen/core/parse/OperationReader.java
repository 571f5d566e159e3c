package dev.xmsgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.ParameterModel.Location;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.JavaNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the operations of one document: {@code paths} first, then {@code x-ms-paths}, each in spec
 * order. An operation id {@code Vaults_CreateOrUpdate} puts the operation in group {@code Vaults}
 * as method {@code createOrUpdate}; an id without {@code _} puts it in the group with the empty
 * name. Parameters come path-level first (unless the operation redeclares them), then the
 * operation's own.
 */
final class OperationReader {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch");
  private static final List<String> JSON = List.of("application/json");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  private final RefResolver refs;
  private final ParameterReader parameters;
  private final ResponseReader responses;
  private final Diagnostics diagnostics;

  OperationReader(
      RefResolver refs,
      ParameterReader parameters,
      ResponseReader responses,
      Diagnostics diagnostics) {
    this.refs = refs;
    this.parameters = parameters;
    this.responses = responses;
    this.diagnostics = diagnostics;
  }

  /** Whether the document declares any operation. */
  static boolean hasOperations(SpecDocument doc) {
    JsonNode paths = doc.root().get("paths");
    JsonNode more = doc.root().get("x-ms-paths");
    return (paths != null && paths.size() > 0) || (more != null && more.size() > 0);
  }

  List<OperationDraft> read(SpecDocument doc) {
    List<OperationDraft> out = new ArrayList<>();
    for (String section : List.of("paths", "x-ms-paths")) {
      Node paths = doc.rootNode().child(section);
      if (paths == null) {
        continue;
      }
      for (Map.Entry<String, Node> e : paths.fields()) {
        if (e.getKey().startsWith("x-")) {
          continue;
        }
        Node item = refs.resolve(e.getValue());
        if (item == null) {
          continue;
        }
        Node shared = item.child("parameters");
        for (Map.Entry<String, Node> m : item.fields()) {
          if (METHODS.contains(m.getKey())) {
            OperationDraft op = operation(doc, e.getKey(), m.getKey(), m.getValue(), shared);
            if (op != null) {
              out.add(op);
            }
          }
        }
      }
    }
    return out;
  }

  private OperationDraft operation(
      SpecDocument doc, String pathKey, String method, Node op, Node shared) {
    int query = pathKey.indexOf('?');
    String path = query < 0 ? pathKey : pathKey.substring(0, query);
    String operationId = op.text("operationId");
    if (operationId == null || operationId.isBlank()) {
      operationId = method + JavaNames.pascal(path);
      diagnostics.warn(
          op.source(), "operation has no operationId; it is named '" + operationId + "'");
    }
    int underscore = operationId.indexOf('_');
    String group = underscore < 0 ? "" : operationId.substring(0, underscore);
    String methodPart = underscore < 0 ? operationId : operationId.substring(underscore + 1);
    String typeNameBase = JavaNames.pascal(operationId);
    ParameterReader.Context context =
        new ParameterReader.Context(
            typeNameBase,
            JavaNames.pascal(group) + JavaNames.pascal(methodPart),
            doc.header().version());

    List<ParameterModel> own = readAll(op.child("parameters"), context);
    List<ParameterModel> all = new ArrayList<>();
    for (ParameterModel p : readAll(shared, context)) {
      if (own.stream().noneMatch(o -> sameParameter(o, p))) {
        all.add(p);
      }
    }
    all.addAll(own);
    if (query >= 0) {
      addFixedQuery(pathKey.substring(query + 1), all, op);
    }
    checkPathParameters(path, all, op);
    List<ResponseModel> responseModels =
        responses.read(op.child("responses"), typeNameBase, method.toUpperCase(Locale.ROOT));
    if (responseModels.isEmpty()) {
      diagnostics.warn(op.source(), "operation " + operationId + " declares no responses");
    }

    List<String> consumes = mediaTypes(op, "consumes", doc.header().consumes());
    List<String> produces = mediaTypes(op, "produces", doc.header().produces());
    warnAboutMultipart(op, operationId, all, consumes);

    OperationModel model =
        new OperationModel(
            operationId,
            JavaNames.camel(methodPart),
            method.toUpperCase(Locale.ROOT),
            path,
            op.doc("summary"),
            op.doc("description"),
            op.isTrue("deprecated"),
            all,
            consumes,
            produces,
            responseModels,
            paging(op.child("x-ms-pageable")),
            longRunning(op),
            op.source());
    return new OperationDraft(group, model);
  }

  /**
   * Multipart forms are not supported yet: clients send form fields URL-encoded. Warns when an
   * operation with form fields can only take {@code multipart/form-data}.
   */
  private void warnAboutMultipart(
      Node op, String operationId, List<ParameterModel> parameters, List<String> consumes) {
    boolean form = parameters.stream().anyMatch(p -> p.location() == Location.FORM_DATA);
    boolean multipartOnly =
        !consumes.isEmpty()
            && consumes.stream()
                .allMatch(m -> m.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"));
    if (form && multipartOnly) {
      diagnostics.warn(
          op.source(),
          "multipart/form-data is not supported yet: operation "
              + operationId
              + " sends its form fields as application/x-www-form-urlencoded");
    }
  }

  private List<ParameterModel> readAll(Node list, ParameterReader.Context context) {
    List<ParameterModel> out = new ArrayList<>();
    if (list != null) {
      for (Node site : list.elements()) {
        ParameterModel p = parameters.read(site, context);
        if (p != null) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** Warns about placeholders without a path parameter and path parameters without one. */
  private void checkPathParameters(String path, List<ParameterModel> all, Node op) {
    Set<String> placeholders = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(path);
    while (m.find()) {
      placeholders.add(m.group(1));
    }
    for (String name : placeholders) {
      if (all.stream().noneMatch(p -> p.location() == Location.PATH && p.wireName().equals(name))) {
        diagnostics.warn(
            op.source(), "the path has {" + name + "} but no path parameter '" + name + "'");
      }
    }
    for (ParameterModel p : all) {
      if (p.location() == Location.PATH && !placeholders.contains(p.wireName())) {
        diagnostics.warn(
            op.source(), "path parameter '" + p.wireName() + "' does not appear in the path");
      }
    }
  }

  private static boolean sameParameter(ParameterModel a, ParameterModel b) {
    return a.wireName().equals(b.wireName()) && a.location() == b.location();
  }

  /**
   * Adds the fixed {@code name=value} pairs of an {@code x-ms-paths} key's query part as constant
   * query parameters, unless the operation declares them; {@code name={param}} pairs only tell
   * operations apart and are left to the declared parameters.
   */
  private static void addFixedQuery(String query, List<ParameterModel> all, Node op) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (name.isEmpty() || value.contains("{")
          || all.stream().anyMatch(p -> p.location() == Location.QUERY && p.wireName().equals(name))) {
        continue;
      }
      all.add(
          new ParameterModel(
              name, JavaNames.camel(name), Location.QUERY, TypeRef.of(TypeRef.Primitive.STRING),
              "", true, value, false, false, null, op.source(), null));
    }
  }

  /** The operation's media types, else the document's, else {@code application/json}. */
  private static List<String> mediaTypes(Node op, String key, List<String> documentDefault) {
    Node own = op.child(key);
    if (own != null && own.json().isArray()) {
      List<String> out = new ArrayList<>();
      own.json().forEach(t -> out.add(t.asText()));
      return out;
    }
    return documentDefault.isEmpty() ? JSON : documentDefault;
  }

  private static OperationModel.Paging paging(Node pageable) {
    if (pageable == null || !pageable.json().isObject()) {
      return null;
    }
    String itemName = pageable.text("itemName");
    return new OperationModel.Paging(
        itemName == null ? "value" : itemName,
        pageable.text("nextLinkName"),
        pageable.text("operationName"));
  }

  private static OperationModel.LongRunning longRunning(Node op) {
    if (!op.isTrue("x-ms-long-running-operation")) {
      return null;
    }
    Node options = op.child("x-ms-long-running-operation-options");
    return new OperationModel.LongRunning(options == null ? null : options.text("final-state-via"));
  }
}
