package dev.xmsgen.conformance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many times each scenario of the test server was hit, as its three reports give it: {@code GET
 * /report} (vanilla), {@code /report/azure} and {@code /report/optional}. The route {@code POST
 * /reqopt/optional/:type/:scenario} names its scenarios ({@code OptionalIntegerHeader} and so on)
 * only when first called, so they are added at 0 from the paths of required-optional.json: a
 * scenario never called still counts in the total.
 *
 * @param reports each report's counts by scenario name, in the order vanilla, azure, optional
 */
record Coverage(Map<String, Map<String, Integer>> reports) {
  private static final Pattern REQUIRED_OPTIONAL =
      Pattern.compile("/reqopt/optional/([^/]+)/([^/]+)");
  private static final Map<String, String> PATHS =
      Map.of("vanilla", "/report", "azure", "/report/azure", "optional", "/report/optional");

  /** The counts the server has now. */
  static Coverage of(TestServer server) {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Map<String, Integer>> reports = new LinkedHashMap<>();
    for (String name : List.of("vanilla", "azure", "optional")) {
      try {
        reports.put(
            name,
            new TreeMap<>(
                mapper.readValue(
                    server.fetch(PATHS.get(name)), new TypeReference<Map<String, Integer>>() {})));
      } catch (IOException e) {
        throw new UncheckedIOException("the " + name + " report is not JSON", e);
      }
    }
    for (String name : namedOnFirstCall(mapper)) {
      reports.get("vanilla").putIfAbsent(name, 0);
    }
    return new Coverage(reports);
  }

  /**
   * {@code Optional<Type><Scenario>} for each {@code /reqopt/optional/<type>/<scenario>} path of
   * required-optional.json, as the server names them when the route is called.
   */
  private static List<String> namedOnFirstCall(ObjectMapper mapper) {
    Path spec =
        Path.of(System.getProperty("conformance.testserver"), "swagger", "required-optional.json");
    List<String> names = new ArrayList<>();
    try {
      mapper
          .readTree(spec.toFile())
          .get("paths")
          .fieldNames()
          .forEachRemaining(
              path -> {
                Matcher m = REQUIRED_OPTIONAL.matcher(path);
                if (m.matches()) {
                  names.add("Optional" + pascal(m.group(1)) + pascal(m.group(2)));
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException("required-optional.json of the test server is not JSON", e);
    }
    return names;
  }

  private static String pascal(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /**
   * One line: {@code conformance: N of M scenarios (vanilla a/A, azure b/B, optional c/C)}, every
   * total as the server registers it, with the scenarios named on first call counted whether called
   * or not.
   */
  String summary() {
    int covered = 0;
    int total = 0;
    List<String> parts = new ArrayList<>();
    for (var report : reports.entrySet()) {
      int hit = covered(report.getValue());
      covered += hit;
      total += report.getValue().size();
      parts.add(report.getKey() + " " + hit + "/" + report.getValue().size());
    }
    return "conformance: "
        + covered
        + " of "
        + total
        + " scenarios ("
        + String.join(", ", parts)
        + ")";
  }

  /**
   * The scenarios nobody reached (count 0), one line each: {@code conformance: not covered,
   * report/Name: reason}, with the reason {@link UncoveredReasons} records for it.
   */
  List<String> uncovered() {
    UncoveredReasons reasons = UncoveredReasons.load();
    List<String> lines = new ArrayList<>();
    for (String name : names(count -> count == 0)) {
      lines.add("conformance: not covered, " + name + ": " + reasons.of(name));
    }
    return lines;
  }

  /** The scenarios reached (count above 0) as {@code report/Name}, sorted. */
  SortedSet<String> covered() {
    return new TreeSet<>(names(count -> count > 0));
  }

  /** {@code report/Name} of every scenario whose count passes {@code test}. */
  private List<String> names(IntPredicate test) {
    List<String> names = new ArrayList<>();
    for (var report : reports.entrySet()) {
      report
          .getValue()
          .forEach(
              (name, count) -> {
                if (test.test(count)) {
                  names.add(report.getKey() + "/" + name);
                }
              });
    }
    return names;
  }

  private static int covered(Map<String, Integer> report) {
    return (int) report.values().stream().filter(c -> c > 0).count();
  }
}
