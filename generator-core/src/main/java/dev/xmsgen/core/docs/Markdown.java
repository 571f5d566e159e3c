package dev.xmsgen.core.docs;

/** Text made safe for a Markdown page: code spans, table cells, paragraphs. */
final class Markdown {

  private Markdown() {}

  /** {@code text} as a code span, wide enough for the backticks inside it. */
  static String code(String text) {
    String fence = text.contains("`") ? "``" : "`";
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text.replace("\r", " ").replace("\n", " ") + pad + fence;
  }

  /** A code span for a table cell, its pipes escaped. */
  static String codeCell(String text) {
    return code(text).replace("|", "\\|");
  }

  /** Plain text for a table cell: one line, pipes and angle brackets escaped. */
  static String cell(String text) {
    return paragraph(text).replace("\n", " ").replace("|", "\\|");
  }

  /** Plain text as paragraphs: line breaks normalised, angle brackets escaped. */
  static String paragraph(String text) {
    return text.replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .strip();
  }
}
