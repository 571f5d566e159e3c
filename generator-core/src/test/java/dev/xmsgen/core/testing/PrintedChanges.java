package dev.xmsgen.core.testing;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ModelPrinter;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two models, as people read models: the lines of {@link ModelPrinter}'s text
 * that only the first has ({@code "- "} and the line) and that only the second has ({@code "+ "}),
 * in text order, by a longest-common-subsequence diff. Indentation is kept, and a changed line
 * inside a type or group follows that type's or group's line ({@code "@ "} and its text).
 */
public final class PrintedChanges {
  private PrintedChanges() {}

  public static List<String> between(ApiModel before, ApiModel after) {
    return between(ModelPrinter.print(before), ModelPrinter.print(after));
  }

  static List<String> between(String before, String after) {
    String[] a = before.split("\n", -1);
    String[] b = after.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    String ownerA = "";
    String ownerB = "";
    String shown = "";
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      boolean same = i < a.length && j < b.length && a[i].equals(b[j]);
      boolean removed =
          !same && i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1]);
      String line = same || removed ? a[i] : b[j];
      boolean owner = line.startsWith("  ") && !line.startsWith("   ");
      if (same) {
        ownerA = owner ? line : ownerA;
        ownerB = ownerA;
        i++;
        j++;
        continue;
      }
      String context = removed ? ownerA : ownerB;
      if (!owner && !context.isEmpty() && !context.equals(shown)) {
        out.add("@ " + context.trim());
        shown = context;
      }
      out.add((removed ? "- " : "+ ") + line);
      shown = owner ? line : shown;
      if (removed) {
        ownerA = owner ? line : ownerA;
        i++;
      } else {
        ownerB = owner ? line : ownerB;
        j++;
      }
    }
    return out;
  }
}
