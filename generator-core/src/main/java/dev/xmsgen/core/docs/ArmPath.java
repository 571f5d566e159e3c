package dev.xmsgen.core.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An operation's path template read the ARM way: {@code
 * /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.KeyVault/vaults/{vaultName}}
 * names a {@code Microsoft.KeyVault/vaults} instance inside a resource group.
 *
 * @param segments the path's segments, without empty ones
 */
record ArmPath(List<String> segments) {

  ArmPath {
    segments = List.copyOf(segments);
  }

  static ArmPath of(String path) {
    return new ArmPath(Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
  }

  static boolean isPlaceholder(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  /** Whether the path ends in a named instance: a literal segment, then a placeholder. */
  boolean endsInInstance() {
    int n = segments.size();
    return n >= 2 && isPlaceholder(segments.get(n - 1)) && !isPlaceholder(segments.get(n - 2));
  }

  /** The path with every placeholder written {@code {}}, so paths compare whatever their names. */
  String shape() {
    StringBuilder out = new StringBuilder();
    for (String s : segments) {
      out.append('/').append(isPlaceholder(s) ? "{}" : s.toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }

  /** Whether {@code prefix}'s segments start this path, placeholders matching placeholders. */
  boolean startsWith(ArmPath prefix) {
    if (prefix.segments.size() > segments.size()) {
      return false;
    }
    for (int i = 0; i < prefix.segments.size(); i++) {
      String a = segments.get(i);
      String b = prefix.segments.get(i);
      if (isPlaceholder(a) != isPlaceholder(b) || !isPlaceholder(a) && !a.equalsIgnoreCase(b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The resource type the path names or lists, {@code Microsoft.KeyVault/vaults/privateEndpointConnections}:
   * the namespace after the last {@code providers} and the literal segments after it; {@code null}
   * when there is no {@code providers} segment followed by a namespace.
   */
  String resourceType() {
    int p = lastProviders();
    if (p < 0) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    parts.add(segments.get(p + 1));
    for (int i = p + 2; i < segments.size(); i++) {
      if (!isPlaceholder(segments.get(i))) {
        parts.add(segments.get(i));
      }
    }
    return String.join("/", parts);
  }

  /**
   * The parents a named instance lives in, outermost first: scope placeholders (one that opens the
   * path or follows another placeholder, before {@code providers}), the resource group, and each
   * {@code type/{name}} pair before the instance's own.
   */
  List<Parent> parents() {
    List<Parent> out = new ArrayList<>();
    int p = lastProviders();
    int end = p < 0 ? segments.size() - 1 : p;
    for (int i = 0; i < end; i++) {
      String s = segments.get(i);
      if (isPlaceholder(s) && (i == 0 || isPlaceholder(segments.get(i - 1)))) {
        out.add(new Parent(null, s));
      } else if (s.equalsIgnoreCase("resourceGroups") && isPlaceholder(segments.get(i + 1))) {
        out.add(new Parent("resourceGroups", segments.get(i + 1)));
      }
    }
    if (p >= 0) {
      List<String> type = new ArrayList<>(List.of(segments.get(p + 1)));
      List<Parent> pairs = new ArrayList<>();
      for (int i = p + 2; i + 1 < segments.size(); i += 2) {
        if (isPlaceholder(segments.get(i)) || !isPlaceholder(segments.get(i + 1))) {
          break;
        }
        type.add(segments.get(i));
        pairs.add(new Parent(String.join("/", type), segments.get(i + 1)));
      }
      if (!pairs.isEmpty() && endsInInstance()) {
        pairs.remove(pairs.size() - 1);
      }
      out.addAll(pairs);
    }
    return out;
  }

  private int lastProviders() {
    for (int i = segments.size() - 2; i >= 0; i--) {
      if (segments.get(i).equalsIgnoreCase("providers") && !isPlaceholder(segments.get(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * One parent of a named instance.
   *
   * @param type {@code resourceGroups}, a resource type such as {@code Microsoft.KeyVault/vaults},
   *     or {@code null} for a scope placeholder
   * @param placeholder the path placeholder that names it, braces included
   */
  record Parent(String type, String placeholder) {}
}
