package dev.xmsgen.core.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.generated.GeneratedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavadocLintTest {

  @Test
  void aMissingCommentOrBrokenHtmlFails() {
    GeneratedFile undocumented =
        new GeneratedFile(
            "p/Bare.java",
            "package p;\n\n/** Bare. */\npublic class Bare {\n  public void run() {\n  }\n}\n");
    AssertionError missing =
        assertThrows(AssertionError.class, () -> JavadocLint.check(List.of(undocumented)));
    assertTrue(missing.getMessage().contains("no comment"), missing.getMessage());

    GeneratedFile html =
        new GeneratedFile(
            "p/Html.java",
            "package p;\n\n"
                + "/** A <b>bold claim. */\n"
                + "public class Html {\n"
                + "  /** Creates one. */\n"
                + "  public Html() {\n"
                + "  }\n"
                + "}\n");
    assertThrows(AssertionError.class, () -> JavadocLint.check(List.of(html)));
  }

  @Test
  void cleanSourcesPass() {
    JavadocLint.check(
        List.of(
            new GeneratedFile(
                "p/Fine.java",
                "package p;\n\n"
                    + "/** Fine. */\n"
                    + "public class Fine {\n"
                    + "  /** Creates one. */\n"
                    + "  public Fine() {\n"
                    + "  }\n"
                    + "}\n")));
  }
}
