package dev.xmsgen.core.diff;

import dev.xmsgen.core.model.SourceRef;
import java.util.List;

/**
 * Renders an {@link ApiDiff} as Markdown for a pull request comment: a title, the summary, then
 * "Breaking changes" and "Other changes", one line each with the Java symbol, the kind, what
 * changed and where in the old and new spec.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(ApiDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("## Java API changes: ")
        .append(diff.oldApi().client())
        .append(' ')
        .append(diff.oldApi().apiVersion())
        .append(" → ")
        .append(diff.newApi().client())
        .append(' ')
        .append(diff.newApi().apiVersion())
        .append("\n\n");
    out.append(diff.summaryLine()).append(".\n");
    List<ApiChange> breaking = diff.changes().stream().filter(ApiChange::breaking).toList();
    List<ApiChange> other = diff.changes().stream().filter(c -> !c.breaking()).toList();
    section(out, "Breaking changes", breaking, diff);
    section(out, "Other changes", other, diff);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<ApiChange> changes, ApiDiff diff) {
    if (changes.isEmpty()) {
      return;
    }
    out.append("\n### ").append(title).append("\n\n");
    for (ApiChange c : changes) {
      out.append("- `").append(c.java()).append("` ").append(c.kind().id()).append(": ")
          .append(c.message().replace("\n", " "));
      String where = where(c.oldSource(), c.newSource());
      if (!where.isEmpty()) {
        out.append(" (").append(where).append(')');
      }
      String reason = diff.accepted().get(c);
      if (reason != null) {
        out.append(" — accepted: ").append(reason);
      }
      out.append('\n');
    }
  }

  private static String where(SourceRef old, SourceRef now) {
    if (old != null && now != null) {
      return old.equals(now) ? "`" + now + "`" : "old `" + old + "`, new `" + now + "`";
    }
    if (old != null) {
      return "old `" + old + "`";
    }
    return now == null ? "" : "new `" + now + "`";
  }
}
