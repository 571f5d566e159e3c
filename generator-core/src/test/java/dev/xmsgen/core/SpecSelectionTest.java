package dev.xmsgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecSelectionTest {

  @TempDir Path dir;

  @BeforeEach
  void anAzureStyleSpecFolder() throws Exception {
    for (String file :
        List.of(
            "keyvault.json",
            "common.json",
            "preview/2021/keys.json",
            "preview/2021/keys.yaml",
            "examples/getVault.json",
            "preview/2021/examples/createKey.json",
            "readme.md")) {
      Files.createDirectories(dir.resolve(file).getParent());
      Files.writeString(dir.resolve(file), "{}");
    }
  }

  @Test
  void defaultsFindSpecsAndLeaveAzureExamplesOut() throws Exception {
    List<Path> found =
        SpecSelection.find(dir, SpecSelection.DEFAULT_INCLUDES, SpecSelection.DEFAULT_EXCLUDES);

    assertEquals(
        List.of(
            dir.resolve("common.json"),
            dir.resolve("keyvault.json"),
            dir.resolve("preview/2021/keys.json")),
        found);
  }

  @Test
  void namedFilesComeFirstThenTheFolderEachFileOnce() throws Exception {
    Path named = dir.resolve("preview/2021/../2021/keys.yaml");

    List<Path> selected =
        SpecSelection.select(
            List.of(named, dir.resolve("keyvault.json")), dir.resolve("preview"), null, List.of());

    assertEquals(
        List.of(
            dir.resolve("preview/2021/keys.yaml"),
            dir.resolve("keyvault.json"),
            dir.resolve("preview/2021/keys.json")),
        selected);
  }

  @Test
  void givenPatternsReplaceTheDefaults() throws Exception {
    assertEquals(
        List.of(dir.resolve("examples/getVault.json"), dir.resolve("preview/2021/keys.yaml")),
        SpecSelection.select(List.of(), dir, List.of("**/*.yaml", "examples/"), List.of("*.md")));
  }

  @Test
  void nothingGivenSelectsNothing() throws Exception {
    assertEquals(List.of(), SpecSelection.select(null, null, null, null));
  }

  @Test
  void aMissingFolderAFileOrNoMatchIsSaidInOneLine() {
    Path missing = dir.resolve("nope");
    assertEquals(
        "spec folder not found: " + missing,
        assertThrows(
                SpecSelection.SelectionException.class,
                () -> SpecSelection.select(List.of(), missing, null, null))
            .getMessage());
    Path file = dir.resolve("keyvault.json");
    assertEquals(
        "the spec folder is a file: " + file,
        assertThrows(
                SpecSelection.SelectionException.class,
                () -> SpecSelection.select(List.of(), file, null, null))
            .getMessage());
    Path examples = dir.resolve("examples");
    assertEquals(
        "no spec file in " + examples + " matches includes [**/*.yaml] and excludes [**/examples/**]",
        assertThrows(
                SpecSelection.SelectionException.class,
                () -> SpecSelection.select(List.of(), examples, List.of("**/*.yaml"), null))
            .getMessage());
  }

  @Test
  void antPatternsMatchAsMavenUsersExpect() {
    assertTrue(SpecSelection.toRegex("**/*.json").matcher("a.json").matches());
    assertTrue(SpecSelection.toRegex("**/*.json").matcher("x/y/a.json").matches());
    assertFalse(SpecSelection.toRegex("*.json").matcher("x/a.json").matches());
    assertTrue(SpecSelection.toRegex("stable/**").matcher("stable/2025/a.json").matches());
    assertTrue(SpecSelection.toRegex("stable/").matcher("stable/a.json").matches());
    assertTrue(SpecSelection.toRegex("key?.json").matcher("keys.json").matches());
    assertFalse(SpecSelection.toRegex("key?.json").matcher("keyvault.json").matches());
    assertFalse(SpecSelection.toRegex("a.json").matcher("aXjson").matches());
  }
}
