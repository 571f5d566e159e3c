package dev.xmsgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFilesTest {

  @TempDir Path dir;

  @Test
  void defaultsFindSpecsAndLeaveAzureExamplesOut() throws Exception {
    for (String file :
        List.of(
            "keyvault.json",
            "common.json",
            "preview/2021/keys.json",
            "examples/getVault.json",
            "preview/2021/examples/createKey.json",
            "readme.md")) {
      Files.createDirectories(dir.resolve(file).getParent());
      Files.writeString(dir.resolve(file), "{}");
    }

    List<Path> found =
        SpecFiles.find(dir, GenerateMojo.DEFAULT_INCLUDES, GenerateMojo.DEFAULT_EXCLUDES);

    assertEquals(
        List.of(
            dir.resolve("common.json"),
            dir.resolve("keyvault.json"),
            dir.resolve("preview/2021/keys.json")),
        found);
  }

  @Test
  void antPatternsMatchAsMavenUsersExpect() {
    assertTrue(SpecFiles.toRegex("**/*.json").matcher("a.json").matches());
    assertTrue(SpecFiles.toRegex("**/*.json").matcher("x/y/a.json").matches());
    assertFalse(SpecFiles.toRegex("*.json").matcher("x/a.json").matches());
    assertTrue(SpecFiles.toRegex("stable/**").matcher("stable/2025/a.json").matches());
    assertTrue(SpecFiles.toRegex("stable/").matcher("stable/a.json").matches());
    assertTrue(SpecFiles.toRegex("key?.json").matcher("keys.json").matches());
    assertFalse(SpecFiles.toRegex("key?.json").matcher("keyvault.json").matches());
    assertFalse(SpecFiles.toRegex("a.json").matcher("aXjson").matches());
  }
}
