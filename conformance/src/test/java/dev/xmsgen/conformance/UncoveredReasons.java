package dev.xmsgen.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Why a scenario is not reached, as {@code uncovered-reasons.tsv} beside this class records it: a
 * regular expression over {@code report/Name}, a tab and the reason, the first matching line
 * winning.
 *
 * @param reasons the reason of each pattern, in file order
 */
record UncoveredReasons(Map<Pattern, String> reasons) {
  static final String NONE = "no reason recorded";

  /** The reasons of the checked-in file. */
  static UncoveredReasons load() {
    Map<Pattern, String> reasons = new LinkedHashMap<>();
    try (InputStream in = UncoveredReasons.class.getResourceAsStream("uncovered-reasons.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException("uncovered-reasons.tsv: no tab in: " + line);
        }
        reasons.put(Pattern.compile(line.substring(0, tab)), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("uncovered-reasons.tsv cannot be read", e);
    }
    return new UncoveredReasons(reasons);
  }

  /** The reason recorded for {@code report/Name}, or {@link #NONE}. */
  String of(String scenario) {
    return reasons.entrySet().stream()
        .filter(entry -> entry.getKey().matcher(scenario).matches())
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(NONE);
  }
}
