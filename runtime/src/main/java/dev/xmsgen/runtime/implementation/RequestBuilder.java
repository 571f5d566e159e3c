package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.Json;
import dev.xmsgen.runtime.RequestOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link Request} from a path template and parameter values. Obtained from {@link
 * HttpPipeline#request(String, String)}; generated clients call it once per operation call:
 *
 * <pre>{@code
 * pipeline.request("GET", "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}")
 *     .path("subscriptionId", subscriptionId)
 *     .path("resourceGroupName", resourceGroupName)
 *     .query("api-version", API_VERSION)
 *     .expect(200)
 *     .defaultError(CloudError.class)
 *     .build();
 * }</pre>
 *
 * <p>Path and query values are percent-encoded unless added with a {@code raw} method ({@code
 * x-ms-skip-url-encoding}). A query or header value of {@code null} is left out; a path value of
 * {@code null} is an error.
 */
public final class RequestBuilder {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  private final String method;
  private final String base;
  private final String pathTemplate;
  private final Map<String, String> pathValues = new HashMap<>();
  private final List<String> query = new ArrayList<>();
  private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, String> form = new LinkedHashMap<>();
  private final Set<String> secretHeaders = new HashSet<>();
  private final Set<String> secretQuery = new HashSet<>();
  private final Set<Integer> expected = new HashSet<>();
  private final Map<Integer, Class<?>> errorTypes = new HashMap<>();
  private Class<?> defaultErrorType;
  private byte[] body;
  private String contentType;
  private RequestOptions options;

  RequestBuilder(String method, String base, String pathTemplate) {
    this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    this.base = base;
    this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
  }

  /** Fills {@code {name}} in the path with the percent-encoded value. */
  public RequestBuilder path(String name, Object value) {
    pathValues.put(name, UrlEncoding.encode(ParameterValues.format(required(name, value))));
    return this;
  }

  /**
   * Fills {@code {name}} with the value as it is ({@code x-ms-skip-url-encoding}). A value that is
   * itself an absolute URL, when it starts the template, replaces the endpoint.
   */
  public RequestBuilder rawPath(String name, Object value) {
    pathValues.put(name, ParameterValues.format(required(name, value)));
    return this;
  }

  /** Adds {@code name=value}, percent-encoded; nothing when the value is {@code null}. */
  public RequestBuilder query(String name, Object value) {
    if (value != null) {
      query.add(UrlEncoding.encode(name) + "=" + UrlEncoding.encode(ParameterValues.format(value)));
    }
    return this;
  }

  /** Adds {@code name=value} with the value as it is ({@code x-ms-skip-url-encoding}). */
  public RequestBuilder rawQuery(String name, Object value) {
    if (value != null) {
      query.add(UrlEncoding.encode(name) + "=" + ParameterValues.format(value));
    }
    return this;
  }

  /**
   * Adds an array query parameter, its elements joined with {@code separator} (Swagger's {@code
   * collectionFormat} {@code csv}, {@code ssv}, {@code tsv} or {@code pipes}); nothing when the
   * array is {@code null}. A {@code null} element is an empty value.
   */
  public RequestBuilder query(String name, Collection<?> values, String separator) {
    return query(name, ParameterValues.join(values, separator));
  }

  /**
   * Adds an array query parameter once per element ({@code collectionFormat: multi}): {@code
   * x=a&x=b}; nothing when the array is {@code null}. A {@code null} element is an empty value.
   */
  public RequestBuilder queryEach(String name, Collection<?> values) {
    if (values != null) {
      values.forEach(
          v ->
              query.add(
                  UrlEncoding.encode(name)
                      + "="
                      + UrlEncoding.encode(ParameterValues.element(v))));
    }
    return this;
  }

  /** Adds a query parameter whose value logs never show ({@code x-ms-secret}). */
  public RequestBuilder secretQuery(String name, Object value) {
    secretQuery.add(name);
    return query(name, value);
  }

  /** Sets a header; nothing when the value is {@code null}. */
  public RequestBuilder header(String name, Object value) {
    if (value != null) {
      headers.put(name, List.of(ParameterValues.format(value)));
    }
    return this;
  }

  /** Sets a header whose value logs never show ({@code x-ms-secret}). */
  public RequestBuilder secretHeader(String name, Object value) {
    secretHeaders.add(name.toLowerCase(Locale.ROOT));
    return header(name, value);
  }

  /** Sends {@code value} as JSON; nothing when it is {@code null}. */
  public RequestBuilder body(Object value) {
    return body(value, "application/json");
  }

  /**
   * Sends {@code value} with {@code contentType}: a {@code byte[]} or {@code String} under a type
   * that is not JSON is sent as it is; anything else is written as XML under an XML type and as
   * JSON otherwise.
   */
  public RequestBuilder body(Object value, String contentType) {
    if (value == null) {
      return this;
    }
    if (!BodyType.isJson(contentType) && value instanceof byte[]) {
      body = ((byte[]) value).clone();
    } else if (!BodyType.isJson(contentType) && value instanceof String) {
      body = ((String) value).getBytes(StandardCharsets.UTF_8);
    } else if (BodyType.isXml(contentType)) {
      body = XmlBodies.write(value);
    } else {
      try {
        body = Json.mapper().writeValueAsBytes(value);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("cannot write the request body as JSON", e);
      }
    }
    this.contentType = contentType;
    return this;
  }

  /**
   * Sends {@code items} as XML: one {@code rootName} element around an {@code itemName} element
   * per item; nothing when it is {@code null}.
   */
  public RequestBuilder xmlListBody(
      List<?> items, String rootName, String itemName, String contentType) {
    if (items == null) {
      return this;
    }
    body = XmlBodies.writeList(items, rootName, itemName);
    this.contentType = contentType;
    return this;
  }

  /**
   * Sends {@code value} as it is, whatever {@code contentType} says (a file's bytes even under a
   * JSON media type); nothing when it is {@code null}.
   */
  public RequestBuilder bytes(byte[] value, String contentType) {
    if (value == null) {
      return this;
    }
    body = value.clone();
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    return this;
  }

  /**
   * Sends {@code value} as JSON with its date-times or bytes in {@code format}, for a body that is
   * such a value or a list or map of them; nothing when it is {@code null}.
   */
  public RequestBuilder body(Object value, WireFormat format) {
    if (value == null) {
      return this;
    }
    try {
      body = format.mapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write the request body as JSON", e);
    }
    this.contentType = "application/json";
    return this;
  }

  /** Adds a form field ({@code application/x-www-form-urlencoded}); nothing for {@code null}. */
  public RequestBuilder form(String name, Object value) {
    if (value != null) {
      form.put(name, ParameterValues.format(value));
    }
    return this;
  }

  /** The statuses that mean success; without any, every 2xx does. */
  public RequestBuilder expect(int... statuses) {
    for (int s : statuses) {
      expected.add(s);
    }
    return this;
  }

  /** Reads an error response of {@code status} as {@code type} ({@link ApiException#error()}). */
  public RequestBuilder error(int status, Class<?> type) {
    errorTypes.put(status, Objects.requireNonNull(type, "type"));
    return this;
  }

  /** Reads every other error response as {@code type}. */
  public RequestBuilder defaultError(Class<?> type) {
    defaultErrorType = Objects.requireNonNull(type, "type");
    return this;
  }

  /** The caller's per-call options; {@code null} for none. */
  public RequestBuilder options(RequestOptions value) {
    options = value;
    return this;
  }

  /** The request. */
  public Request build() {
    String url = expandPath();
    if (!query.isEmpty()) {
      url += (url.indexOf('?') < 0 ? "?" : "&") + String.join("&", query);
    }
    Map<String, List<String>> allHeaders = new LinkedHashMap<>(headers);
    byte[] content = body;
    String type = contentType;
    if (!form.isEmpty()) {
      List<String> fields = new ArrayList<>();
      form.forEach((k, v) -> fields.add(UrlEncoding.encode(k) + "=" + UrlEncoding.encode(v)));
      content = String.join("&", fields).getBytes(StandardCharsets.UTF_8);
      type = "application/x-www-form-urlencoded";
    }
    if (content != null && !headers.containsKey("Content-Type")) {
      allHeaders.put("Content-Type", List.of(type));
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid URL: " + Redaction.withoutQuery(url), e);
    }
    return new Request(
        method,
        uri,
        allHeaders,
        content,
        secretHeaders,
        secretQuery,
        expected,
        errorTypes,
        defaultErrorType,
        options);
  }

  private String expandPath() {
    Matcher m = PLACEHOLDER.matcher(pathTemplate);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String value = pathValues.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for path parameter '" + m.group(1) + "'");
      }
      m.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    m.appendTail(path);
    String p = path.toString();
    if (p.startsWith("https://") || p.startsWith("http://")) {
      return p;
    }
    if (p.isEmpty() || p.startsWith("/") || p.startsWith("?")) {
      return base + p;
    }
    return base + "/" + p;
  }

  private static Object required(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("path parameter '" + name + "' must not be null");
    }
    return value;
  }
}
