package dev.xmsgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc for generated clients: spec text escaped so it cannot break the source (HTML special
 * characters, {@code @}, comment ends, unicode escapes, non-ASCII), then laid out as paragraphs and
 * block tags wrapped to a readable width.
 */
final class ClientDocs {
  private static final int WIDTH = 92;

  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();
  private final List<CodeBlock> throwsTags = new ArrayList<>();

  private ClientDocs() {}

  /** A comment starting with {@code first} (already Javadoc). */
  static ClientDocs of(String first) {
    ClientDocs docs = new ClientDocs();
    docs.paragraphs.add(first);
    return docs;
  }

  /** A comment from an operation's summary and description, or {@code fallback} without them. */
  static ClientDocs of(String summary, String description, String fallback) {
    boolean hasSummary = summary != null && !summary.isBlank();
    boolean hasDescription = description != null && !description.isBlank();
    ClientDocs docs =
        of(hasSummary ? escape(summary) : hasDescription ? escape(description) : fallback);
    if (hasSummary && hasDescription && !summary.strip().equals(description.strip())) {
      docs.paragraph(escape(description));
    }
    return docs;
  }

  /** Spec text made safe for Javadoc. */
  static String escape(String text) {
    String s = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int after = i + Character.charCount(cp);
      int next = after < s.length() ? s.charAt(after) : 0;
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '*' -> out.append(next == '/' ? "&#42;" : "*");
        case '\\' -> out.append(next == 'u' ? "&#92;" : "\\");
        case '\n' -> out.append('\n');
        default -> {
          if (cp < 0x20 || cp == 0x7f) {
            out.append(' ');
          } else if (cp > 0x7e) {
            out.append("&#x").append(Integer.toHexString(cp)).append(';');
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
      i += Character.charCount(cp);
    }
    return out.toString().replaceAll("[ ]+\n", "\n").replaceAll("\n{2,}", "\n<p>");
  }

  /** Spec text as {@code <code>}. */
  static String code(String text) {
    return "<code>" + escape(text).replace("\n", " ") + "</code>";
  }

  /** The escaped description, or {@code fallback} (already Javadoc) when there is none. */
  static String describe(String description, String fallback) {
    return description == null || description.isBlank() ? fallback : escape(description);
  }

  ClientDocs paragraph(String text) {
    paragraphs.add("<p>" + text);
    return this;
  }

  ClientDocs param(String name, String text) {
    tags.add("@param " + name + " " + text);
    return this;
  }

  ClientDocs returns(String text) {
    tags.add("@return " + text);
    return this;
  }

  /** Adds {@code @throws}, naming {@code type} so the file imports it. */
  ClientDocs throwsWhen(ClassName type, String text) {
    throwsTags.add(CodeBlock.of("@throws $T $L\n", type, text));
    return this;
  }

  ClientDocs deprecated(String text) {
    tags.add("@deprecated " + text);
    return this;
  }

  CodeBlock build() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      wrap(out, paragraphs.get(i), "");
    }
    if (!tags.isEmpty() || !throwsTags.isEmpty()) {
      out.append('\n');
      for (String tag : tags) {
        wrap(out, tag, "    ");
      }
    }
    CodeBlock.Builder doc = CodeBlock.builder().add("$L", out.toString());
    throwsTags.forEach(doc::add);
    return doc.build();
  }

  /** Greedy word wrap of lines longer than the width; shorter lines are kept as they are. */
  private static void wrap(StringBuilder out, String text, String continuation) {
    for (String line : text.split("\n", -1)) {
      if (line.length() <= WIDTH) {
        out.append(line).append('\n');
        continue;
      }
      StringBuilder current = new StringBuilder();
      for (String word : line.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        if (current.length() > continuation.length()
            && current.length() + 1 + word.length() > WIDTH) {
          out.append(current).append('\n');
          current.setLength(0);
          current.append(continuation);
        } else if (current.length() > continuation.length()) {
          current.append(' ');
        }
        current.append(word);
      }
      out.append(current).append('\n');
    }
  }
}
