package dev.xmsgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns spec text into Javadoc that cannot break the source it stands in, and lays out the comments
 * of generated members: a summary, paragraphs, then block tags, wrapped to a readable width.
 *
 * <p>Spec text is escaped: {@code &}, {@code <}, {@code >} and {@code @} become HTML character
 * references (so text never becomes markup or a tag), {@code *}{@code /} cannot close the comment,
 * a backslash before {@code u} cannot start a unicode escape (which javac would decode even inside
 * comments), non-ASCII characters become character references (the source stays ASCII whatever
 * encoding it is compiled with) and control characters become spaces. Blank lines start a new
 * paragraph.
 */
public final class JavadocWriter {
  private static final int WIDTH = 90;
  private static final Pattern BLANKS_BEFORE_NEWLINE = Pattern.compile("[ \t]+\n");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{2,}");
  /** Every character JavaPoet starts a new line at (what its {@code \R} matches). */
  private static final Pattern LINE_BREAKS =
      Pattern.compile("[\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}]+");

  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();
  private final List<CodeBlock> throwsTags = new ArrayList<>();

  private JavadocWriter() {}

  /** A comment that starts with {@code summary}, already Javadoc (escape spec text first). */
  public static JavadocWriter summary(String summary) {
    JavadocWriter doc = new JavadocWriter();
    doc.paragraphs.add(summary);
    return doc;
  }

  /**
   * A comment from a spec's summary and description: the summary first, the description as a
   * second paragraph when it says more; {@code fallback} (already Javadoc) when there is neither.
   */
  public static JavadocWriter summary(String summary, String description, String fallback) {
    boolean hasSummary = summary != null && !summary.isBlank();
    boolean hasDescription = description != null && !description.isBlank();
    JavadocWriter doc =
        summary(hasSummary ? escape(summary) : hasDescription ? escape(description) : fallback);
    if (hasSummary && hasDescription && !summary.strip().equals(description.strip())) {
      doc.paragraph(escape(description));
    }
    return doc;
  }

  /** Spec text made safe for Javadoc; see the class comment. */
  public static String escape(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    StringBuilder out = new StringBuilder(normalized.length() + 16);
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      char next = i + 1 < normalized.length() ? normalized.charAt(i + 1) : 0;
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '*' -> out.append(next == '/' ? "*&#47;" : "*");
        case '\\' -> out.append(next == 'u' ? "&#92;" : "\\");
        case '\n', '\t' -> out.append(c);
        default -> appendPlain(out, normalized, i);
      }
      if (c == '*' && next == '/') {
        i++;
      }
      if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
        i++;
      }
    }
    String escaped = out.toString();
    if (escaped.indexOf('\n') < 0) {
      return escaped;
    }
    escaped = BLANKS_BEFORE_NEWLINE.matcher(escaped).replaceAll("\n");
    return BLANK_LINES.matcher(escaped).replaceAll("\n\n<p>");
  }

  private static void appendPlain(StringBuilder out, String text, int i) {
    int cp = text.codePointAt(i);
    if (cp < 0x20 || cp == 0x7f) {
      out.append(' ');
    } else if (cp > 0x7e) {
      out.append("&#x").append(Integer.toHexString(cp)).append(';');
    } else {
      out.append((char) cp);
    }
  }

  /**
   * Spec text (a JSON key, a wire value) as code: {@code <code>} around the escaped text, since
   * {@code {@code ...}} would show character references literally.
   */
  public static String code(String specText) {
    return "<code>" + escape(specText).replace("\n", " ") + "</code>";
  }

  /** The escaped description, or {@code fallback} (already Javadoc) when the spec gives none. */
  public static String describe(String description, String fallback) {
    return description == null || description.isBlank() ? fallback : escape(description);
  }

  /**
   * Text safe for a {@code //} line comment: one line, and every backslash doubled so none can
   * start a unicode escape.
   */
  public static String lineComment(String text) {
    return LINE_BREAKS.matcher(text).replaceAll(" ").replace("\\", "\\\\");
  }

  /** Adds a paragraph (already Javadoc). */
  public JavadocWriter paragraph(String text) {
    paragraphs.add("<p>" + text);
    return this;
  }

  /** Adds {@code @param name text}. */
  public JavadocWriter param(String name, String text) {
    tags.add("@param " + name + " " + text);
    return this;
  }

  /** Adds {@code @return text}. */
  public JavadocWriter returns(String text) {
    tags.add("@return " + text);
    return this;
  }

  /** Adds {@code @throws type text}. */
  public JavadocWriter throwsWhen(String type, String text) {
    tags.add("@throws " + type + " " + text);
    return this;
  }

  /** Adds {@code @throws type text}, naming {@code type} so the file imports it. */
  public JavadocWriter throwsWhen(ClassName type, String text) {
    throwsTags.add(CodeBlock.of("@throws $T $L\n", type, text));
    return this;
  }

  /** Adds {@code @deprecated text}. */
  public JavadocWriter deprecated(String text) {
    tags.add("@deprecated " + text);
    return this;
  }

  /** The comment, wrapped, ready for JavaPoet's {@code addJavadoc}. */
  public CodeBlock build() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(wrap(paragraphs.get(i), ""));
    }
    if (!tags.isEmpty() || !throwsTags.isEmpty()) {
      out.append('\n');
      for (String tag : tags) {
        out.append(wrap(tag, "    "));
      }
    }
    CodeBlock.Builder doc = CodeBlock.builder().add("$L", out.toString());
    throwsTags.forEach(doc::add);
    return doc.build();
  }

  /** Greedy word wrap; existing line breaks are kept. Every line ends with a newline. */
  private static String wrap(String text, String continuation) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      StringBuilder current = new StringBuilder();
      for (String word : line.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        if (current.length() > 0 && current.length() + 1 + word.length() > WIDTH) {
          out.append(current).append('\n');
          current.setLength(0);
          current.append(continuation);
        } else if (current.length() > 0 && !current.toString().equals(continuation)) {
          current.append(' ');
        }
        current.append(word);
      }
      out.append(current).append('\n');
    }
    return out.toString();
  }
}
