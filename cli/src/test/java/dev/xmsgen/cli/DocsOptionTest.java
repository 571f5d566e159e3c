package dev.xmsgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.output.IncrementalGeneration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --docs FOLDER}: the reference pages are written beside the sources, through the same
 * output machinery (a second run finds them up to date, a file the generator does not own stays),
 * and the folder may not be the sources' own.
 */
class DocsOptionTest {

  @TempDir Path dir;

  private final Cli cli = new Cli(new IncrementalGeneration());

  private static final Path SPEC =
      Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "docs", "arm-resources.json");

  private int generate(Path docs) {
    return cli.run(
        "generate", "--spec", SPEC.toString(), "--output", dir.resolve("src").toString(),
        "--package", "com.example.widgets", "--docs", docs.toString());
  }

  @Test
  void writesThePagesAndASecondRunFindsThemUpToDate() throws Exception {
    Path docs = dir.resolve("docs");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("notes.md"), "mine");

    assertEquals(0, generate(docs), cli.err());
    String widget = Files.readString(docs.resolve("Widget.md"));
    assertTrue(widget.startsWith("# Widget\n"), widget);
    assertTrue(widget.contains("`com.example.widgets.WidgetManagementClient.builder()`"), widget);
    assertTrue(Files.readString(docs.resolve("index.md")).contains("[Widget](Widget.md)"));
    assertTrue(cli.out().contains("xmsgen: generated " + docs), cli.out());

    assertEquals(0, generate(docs), cli.err());
    assertTrue(cli.out().contains(docs + " is up to date"), cli.out());
    assertEquals("mine", Files.readString(docs.resolve("notes.md")));
  }

  @Test
  void refusesTheSourcesFolder() {
    assertEquals(2, generate(dir.resolve("src")), cli.err());
    assertTrue(cli.err().contains("--docs must name another folder than --output"), cli.err());
  }
}
