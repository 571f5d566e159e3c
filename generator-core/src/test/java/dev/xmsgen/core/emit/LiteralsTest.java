package dev.xmsgen.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LiteralsTest {

  @Test
  void aStringIsJavaPoetsLiteral() {
    assertEquals("\"a\\\"b\\n\"", Literals.string("a\"b\n").toString());
    assertEquals("null", Literals.string(null).toString());
  }

  @Test
  void lineAndParagraphSeparatorsBecomeEscapesJavaPoetCannotBreakAt() {
    assertEquals(
        "\"a\" + \"\\u2028\" + \"b\" + \"\\u2029\"", Literals.string("a\u2028b\u2029").toString());
  }
}
