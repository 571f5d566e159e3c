package dev.xmsgen.core.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes between two generated APIs, sorted ({@link ApiChange#compareTo}), with the breaking
 * changes that an accept list lets through.
 *
 * @param oldApi the API compared from
 * @param newApi the API compared to
 * @param changes every change, sorted
 * @param accepted the reason given for each accepted change, in change order
 */
public record ApiDiff(
    Side oldApi, Side newApi, List<ApiChange> changes, Map<ApiChange, String> accepted) {

  /**
   * One of the two APIs.
   *
   * @param client the top-level client's class name
   * @param apiVersion {@code info.version}
   * @param specs the spec files' names, as given
   */
  public record Side(String client, String apiVersion, List<String> specs) {
    public Side {
      specs = List.copyOf(specs);
    }
  }

  public ApiDiff {
    Objects.requireNonNull(oldApi, "oldApi");
    Objects.requireNonNull(newApi, "newApi");
    changes = changes.stream().sorted().toList();
    accepted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(accepted));
  }

  /** The diff without accepted changes. */
  public ApiDiff(Side oldApi, Side newApi, List<ApiChange> changes) {
    this(oldApi, newApi, changes, Map.of());
  }

  /** How many changes break callers. */
  public int breaking() {
    return (int) changes.stream().filter(ApiChange::breaking).count();
  }

  /** How many do not. */
  public int nonBreaking() {
    return changes.size() - breaking();
  }

  /** The breaking changes that no accept entry covers. */
  public List<ApiChange> unacceptedBreaking() {
    return changes.stream().filter(c -> c.breaking() && !accepted.containsKey(c)).toList();
  }

  /** This diff with the changes that {@code list} covers marked accepted. */
  public ApiDiff accept(AcceptList list) {
    Map<ApiChange, String> reasons = new LinkedHashMap<>(accepted);
    for (ApiChange c : changes) {
      list.reason(c).ifPresent(r -> reasons.putIfAbsent(c, r));
    }
    return new ApiDiff(oldApi, newApi, changes, reasons);
  }

  /** Whether the changes reach {@code level}, accepted ones left out. */
  public boolean reaches(FailOn level) {
    return switch (level) {
      case NONE -> false;
      case BREAKING -> !unacceptedBreaking().isEmpty();
      case ANY -> changes.stream().anyMatch(c -> !accepted.containsKey(c));
    };
  }

  /** {@code 2 breaking, 5 other changes}. */
  public String summaryLine() {
    return breaking() + " breaking, " + nonBreaking() + " other change" + (nonBreaking() == 1 ? "" : "s")
        + (accepted.isEmpty() ? "" : " (" + accepted.size() + " accepted)");
  }
}
