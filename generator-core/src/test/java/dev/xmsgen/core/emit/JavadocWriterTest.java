package dev.xmsgen.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavadocWriterTest {

  @Test
  void specTextCannotCloseTheCommentOrBecomeATagOrMarkup() {
    assertEquals("a *&#47; b", JavadocWriter.escape("a */ b"));
    assertEquals("&#64;param x", JavadocWriter.escape("@param x"));
    assertEquals("&lt;b&gt;x&lt;/b&gt; &amp; y", JavadocWriter.escape("<b>x</b> & y"));
    assertEquals("{&#64;link X}", JavadocWriter.escape("{@link X}"));
  }

  @Test
  void aBackslashBeforeUCannotStartAUnicodeEscape() {
    assertEquals("&#92;u002a/", JavadocWriter.escape("\\u002a/"));
    assertEquals("\\&#92;u0041", JavadocWriter.escape("\\\\u0041"));
    assertEquals("C:\\path", JavadocWriter.escape("C:\\path"));
  }

  @Test
  void theResultIsPrintableAscii() {
    String escaped = JavadocWriter.escape("caf\u00e9 \ud83d\ude00 bell\u0007 tab\tend");
    assertEquals("caf&#xe9; &#x1f600; bell  tab\tend", escaped);
    assertTrue(escaped.chars().allMatch(c -> c == '\t' || c == '\n' || (c >= 0x20 && c < 0x7f)));
  }

  @Test
  void blankLinesStartParagraphsAndLineEndsAreNormalized() {
    assertEquals("one\ntwo\n\n<p>three", JavadocWriter.escape("  one  \r\ntwo\r\n\r\n\r\nthree\n"));
  }

  @Test
  void anEmptyDescriptionFallsBack() {
    assertEquals("The fallback.", JavadocWriter.describe("  ", "The fallback."));
    assertEquals("Given.", JavadocWriter.describe("Given.", "The fallback."));
  }

  @Test
  void codeShowsSpecTextThroughCharacterReferences() {
    assertEquals("<code>&#64;odata.type</code>", JavadocWriter.code("@odata.type"));
  }

  @Test
  void lineCommentsStayOnOneLineWithoutUnicodeEscapes() {
    String comment = JavadocWriter.lineComment("a\r\nb \\u000a c \\\\u0041");
    assertFalse(comment.contains("\n"));
    assertEquals("a b \\\\u000a c \\\\\\\\u0041", comment);
  }

  @Test
  void lineCommentsBreakNowhereJavaPoetWould() {
    // JavaPoet starts a new line at each of these, which in a // comment would turn text into code
    assertEquals(
        "a b c d e f", JavadocWriter.lineComment("a\u2028b\u2029c\u000bd\fe\u0085f"));
  }

  @Test
  void commentsAreWrappedAtWordsWithTagsIndentedOnContinuation() {
    String words = "word ".repeat(30).strip();
    String doc =
        JavadocWriter.summary(words)
            .paragraph("Second.")
            .param("x", words)
            .returns("it")
            .build()
            .toString();
    for (String line : doc.split("\n")) {
      assertTrue(line.length() <= 90, line);
    }
    assertTrue(doc.contains("\n<p>Second.\n"), doc);
    assertTrue(doc.contains("@param x word"), doc);
    assertTrue(doc.contains("\n    word"), doc);
    assertTrue(doc.endsWith("@return it\n"), doc);
  }
}
