package dev.xmsgen.core.docs;

import dev.xmsgen.core.docs.ReferencePage.Dependency;
import dev.xmsgen.core.docs.ReferencePage.OperationRow;
import dev.xmsgen.core.docs.ReferencePage.PropertyRow;

/**
 * Writes page records as Markdown, and does nothing else: every choice of content was made by
 * {@link PagePlanner}. Lines end in {@code \n}; the same records give the same bytes.
 */
public final class MarkdownWriter {

  /** The marker pair around a page's examples section, where samples are put in. */
  public static final String EXAMPLES_BEGIN = "<!-- xmsgen:examples:begin -->";

  public static final String EXAMPLES_END = "<!-- xmsgen:examples:end -->";

  /** One resource or group page. */
  public String page(DocSet set, ReferencePage page) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(page.title()).append("\n\n");
    if (page.resourceType() != null) {
      out.append("An ARM resource of type ").append(Markdown.code(page.resourceType()));
    } else {
      out.append("Operations of the ").append(Markdown.code(page.title()));
      out.append(" group that belong to no resource");
    }
    out.append(", in ").append(Markdown.code(set.title())).append(".\n\n");
    if (!page.description().isEmpty()) {
      out.append(Markdown.paragraph(page.description())).append("\n\n");
    }
    out.append("## Client\n\n");
    out.append("Build the client with ")
        .append(Markdown.code(set.clientClass() + ".builder()"))
        .append(" and reach these operations through ")
        .append(String.join(" and ", page.access().accessors().stream().map(Markdown::code).toList()))
        .append(".");
    if (page.access().model() != null) {
      out.append(" The resource's model is ").append(Markdown.code(page.access().model())).append(".");
    }
    out.append("\n\n");
    if (page.resourceType() != null) {
      dependencies(page, out);
      properties(page, out);
    }
    operations(page, out);
    out.append("## Misc\n\n");
    out.append("- api-version: ").append(Markdown.code(page.misc().apiVersion())).append('\n');
    out.append("- Defined in:\n");
    for (String source : page.misc().sources()) {
      out.append("  - ").append(Markdown.code(source)).append('\n');
    }
    out.append("\n## Examples\n\n").append(EXAMPLES_BEGIN).append('\n');
    out.append("No examples yet.\n").append(EXAMPLES_END).append('\n');
    return out.toString();
  }

  private static void dependencies(ReferencePage page, StringBuilder out) {
    out.append("## Dependencies\n\n");
    if (page.dependencies().isEmpty()) {
      out.append("None.\n\n");
      return;
    }
    for (Dependency d : page.dependencies()) {
      out.append("- ")
          .append(d.pageId() == null ? Markdown.paragraph(d.label()) : link(d.label(), d.pageId()))
          .append(", through ")
          .append(Markdown.code(d.via()))
          .append('\n');
    }
    out.append('\n');
  }

  private static void properties(ReferencePage page, StringBuilder out) {
    out.append("## Properties\n\n");
    if (page.properties().isEmpty()) {
      out.append("None.\n\n");
      return;
    }
    out.append("| Java accessor | Wire name | Type | Read-only | Required | Values | Description |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (PropertyRow r : page.properties()) {
      out.append("| ").append(Markdown.codeCell(r.accessor()))
          .append(" | ").append(Markdown.codeCell(r.wireName()))
          .append(" | ").append(Markdown.codeCell(r.type()))
          .append(" | ").append(r.readOnly() ? "yes" : "")
          .append(" | ").append(r.required() ? "yes" : "")
          .append(" | ")
          .append(String.join(", ", r.enumValues().stream().map(Markdown::codeCell).toList()))
          .append(" | ").append(Markdown.cell(r.description()))
          .append(" |\n");
    }
    out.append('\n');
  }

  private static void operations(ReferencePage page, StringBuilder out) {
    out.append("## Operations\n\n");
    out.append("Every error response throws ").append(Markdown.code("dev.xmsgen.runtime.ApiException"));
    out.append("; the spec declares the bodies listed.\n\n");
    out.append("| Java method | HTTP | Kind | Errors | Summary |\n");
    out.append("|---|---|---|---|---|\n");
    for (OperationRow r : page.operations()) {
      out.append("| ").append(Markdown.codeCell(r.javaCall()))
          .append(" | ").append(Markdown.codeCell(r.httpMethod() + " " + r.path()))
          .append(" | ").append(Markdown.cell(r.kind()))
          .append(" | ").append(String.join(", ", r.errors().stream().map(Markdown::codeCell).toList()))
          .append(" | ").append(Markdown.cell(r.summary()))
          .append(" |\n");
    }
    out.append('\n');
  }

  /** The index page: every page with its type or accessor and first line. */
  public String index(DocSet set) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(set.title()).append(" reference\n\n");
    if (!set.description().isEmpty()) {
      out.append(Markdown.paragraph(set.description())).append("\n\n");
    }
    out.append("api-version ").append(Markdown.code(set.apiVersion()))
        .append("; client ").append(Markdown.code(set.clientClass())).append(".\n\n");
    out.append("| Page | Resource type or group | Client accessor |\n|---|---|---|\n");
    for (ReferencePage p : set.pages()) {
      out.append("| ").append(link(p.title(), p.id()))
          .append(" | ").append(p.resourceType() != null ? Markdown.codeCell(p.resourceType()) : "group")
          .append(" | ").append(String.join(", ", p.access().accessors().stream().map(Markdown::codeCell).toList()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String link(String label, String pageId) {
    return "[" + Markdown.cell(label).replace("[", "\\[").replace("]", "\\]") + "](" + pageId + ".md)";
  }
}
