package dev.xmsgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it in a Maven build" pom.xml is the one the {@code readme-snippet} integration
 * test builds as an empty project: the same text, but for the version, which the integration test
 * takes from this build. So what a reader pastes is what the build proves to work.
 */
class ReadmeSnippetTest {
  private static final Path ROOT =
      Path.of(System.getProperty("xmsgen.projectSpecs", "../specs")).getParent();
  private static final String VERSION = System.getProperty("xmsgen.projectVersion");

  /** The first {@code ```xml} block after {@code heading}. */
  static String xmlBlockAfter(String readme, String heading) {
    int section = readme.indexOf("\n" + heading + "\n");
    assertFalse(section < 0, "README has no section " + heading);
    int start = readme.indexOf("```xml\n", section);
    assertFalse(start < 0, "no xml block under " + heading);
    start += "```xml\n".length();
    return readme.substring(start, readme.indexOf("```\n", start));
  }

  @Test
  void theReadmesPomIsTheIntegrationTestsPom() throws Exception {
    assertNotNull(VERSION, "xmsgen.projectVersion is set by the build");
    String readme = Files.readString(ROOT.resolve("README.md"));
    String it =
        Files.readString(ROOT.resolve("maven-plugin/src/it/readme-snippet/pom.xml"))
            .replace("@project.version@", VERSION);

    assertEquals(it, xmlBlockAfter(readme, "## Use it in a Maven build"));
  }

  @Test
  void everyXmsgenArtifactTheReadmeNamesHasThisBuildsVersion() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher m =
        Pattern.compile("<artifactId>(xmsgen-[a-z-]+)</artifactId>\\s*<version>([^<]*)</version>")
            .matcher(readme);
    int found = 0;
    while (m.find()) {
      assertEquals(VERSION, m.group(2), m.group(1));
      found++;
    }
    assertEquals(3, found, "the runtime, the plugin and the azure-identity module");
  }
}
