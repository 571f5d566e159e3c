package dev.xmsgen.conformance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many times each scenario of the test server was hit, as its three reports give it: {@code GET
 * /report} (vanilla), {@code /report/azure} and {@code /report/optional}.
 *
 * @param reports each report's counts by scenario name, in the order vanilla, azure, optional
 */
record Coverage(Map<String, Map<String, Integer>> reports) {
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
    return new Coverage(reports);
  }

  /**
   * One line: {@code conformance: N of M scenarios (vanilla a/631, azure b/145, optional c/43)}.
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

  /** One line per report listing the scenarios nobody reached (count 0), by name. */
  List<String> uncovered() {
    List<String> lines = new ArrayList<>();
    for (var report : reports.entrySet()) {
      List<String> names = new ArrayList<>();
      report
          .getValue()
          .forEach(
              (name, count) -> {
                if (count == 0) {
                  names.add(name);
                }
              });
      lines.add(
          "conformance: not covered, "
              + report.getKey()
              + " ("
              + names.size()
              + "): "
              + String.join(", ", names));
    }
    return lines;
  }

  private static int covered(Map<String, Integer> report) {
    return (int) report.values().stream().filter(c -> c > 0).count();
  }
}
