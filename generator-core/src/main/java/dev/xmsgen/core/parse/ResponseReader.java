package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.ResponseModel.HeaderModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.JavaNames;
import dev.xmsgen.core.naming.UniqueNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads an operation's {@code responses}: bodies, headers, and which responses are errors (an
 * explicit {@code x-ms-error-response} wins; otherwise {@code default} and every status from 400,
 * except the 404 of a {@code HEAD}, which answers "it does not exist").
 */
final class ResponseReader {

  /** Numeric statuses ascending, then other patterns such as {@code 2XX}, {@code default} last. */
  static final Comparator<String> STATUS_ORDER =
      Comparator.comparingInt(ResponseReader::statusRank).thenComparing(Comparator.naturalOrder());

  private final RefResolver refs;
  private final SchemaReader schemas;

  ResponseReader(RefResolver refs, SchemaReader schemas) {
    this.refs = refs;
    this.schemas = schemas;
  }

  /**
   * The responses under {@code responses}, sorted by status; anonymous body types are named
   * {@code typeNameBase + "Response"} (plus the status when it is not 200).
   *
   * @param httpMethod upper case; a {@code HEAD} that declares a 404 uses it to say "does not
   *     exist", so that 404 is no error unless marked one
   */
  List<ResponseModel> read(Node responses, String typeNameBase, String httpMethod) {
    List<ResponseModel> out = new ArrayList<>();
    if (responses == null) {
      return out;
    }
    for (Map.Entry<String, Node> e : responses.fields()) {
      String status = e.getKey();
      if (status.startsWith("x-")) {
        continue;
      }
      Node site = e.getValue();
      Node response = refs.resolve(site);
      if (response == null) {
        continue;
      }
      Node schema = response.child("schema");
      String suffix = "Response" + (status.equals("200") ? "" : JavaNames.pascal(status));
      TypeRef body =
          schema == null
              ? null
              : schemas.valueTypeOf(schema, new NameHint.Given(typeNameBase + suffix));
      Boolean marked = site.bool("x-ms-error-response");
      if (marked == null) {
        marked = response.bool("x-ms-error-response");
      }
      boolean existence = httpMethod.equals("HEAD") && status.equals("404");
      boolean error =
          marked != null
              ? marked
              : status.equals("default") || (statusRank(status) >= 400 && !existence);
      out.add(
          new ResponseModel(
              status,
              body,
              headers(response.child("headers"), typeNameBase),
              error,
              response.doc("description")));
    }
    out.sort(Comparator.comparing(ResponseModel::status, STATUS_ORDER));
    return out;
  }

  private List<HeaderModel> headers(Node headers, String typeNameBase) {
    List<HeaderModel> out = new ArrayList<>();
    if (headers == null) {
      return out;
    }
    List<Map.Entry<String, Node>> fields = new ArrayList<>(headers.fields());
    fields.sort(Map.Entry.comparingByKey());
    UniqueNames names = UniqueNames.caseSensitive();
    for (Map.Entry<String, Node> e : fields) {
      Node header = e.getValue();
      String clientName = header.text("x-ms-client-name");
      String javaName = names.claim(JavaNames.camel(clientName != null ? clientName : e.getKey()));
      TypeRef type =
          schemas.valueTypeOf(
              header, new NameHint.Given(typeNameBase + JavaNames.pascal(e.getKey())));
      out.add(new HeaderModel(e.getKey(), javaName, type, header.doc("description")));
    }
    return out;
  }

  /**
   * The status as a number: a range such as {@code 4XX} ranks after its numbers (499), anything
   * else unknown at 1000, {@code default} at 2000.
   */
  private static int statusRank(String status) {
    if (status.equals("default")) {
      return 2000;
    }
    try {
      return Integer.parseInt(status);
    } catch (NumberFormatException e) {
      if (status.length() == 3 && Character.isDigit(status.charAt(0))
          && status.substring(1).equalsIgnoreCase("XX")) {
        return (status.charAt(0) - '0') * 100 + 99;
      }
      return 1000;
    }
  }
}
