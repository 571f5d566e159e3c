package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class ({@code junit-platform.properties} orders classes by {@link
 * Order}) and fails when clearly fewer scenarios were reached than when the floors were set: a test
 * deleted or a scenario lost shows here even if no test fails. Raise the floors as coverage grows.
 */
@Order(Integer.MAX_VALUE)
class CoverageFloorTest {
  /** A few below the 598 vanilla scenarios reached when the floor was last raised. */
  private static final int VANILLA_FLOOR = 595;

  /** A few below the 137 azure scenarios reached when the floor was last raised. */
  private static final int AZURE_FLOOR = 135;

  private static long covered(Map<String, Integer> report) {
    return report.values().stream().filter(count -> count > 0).count();
  }

  @Test
  void atLeastAsManyScenariosAsBefore() {
    Coverage coverage = Coverage.of(TestServer.get());
    long vanilla = covered(coverage.reports().get("vanilla"));
    long azure = covered(coverage.reports().get("azure"));
    assertTrue(vanilla >= VANILLA_FLOOR, "vanilla scenarios reached: " + vanilla);
    assertTrue(azure >= AZURE_FLOOR, "azure scenarios reached: " + azure);
  }
}
