package dev.xmsgen.core.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental generation regenerates when the generator changes. A release is known by its
 * version; a snapshot keeps its version across rebuilds, so its jar tells the builds apart.
 */
class GeneratorIdentityTest {
  @TempDir Path dir;

  @Test
  void aReleaseIsItsVersionWhateverItsJar() throws Exception {
    Path jar = Files.write(dir.resolve("core.jar"), new byte[] {1, 2, 3});
    assertEquals("1.2.0", GeneratorIdentity.buildIdentity("1.2.0", jar));
  }

  @Test
  void aRebuiltSnapshotJarIsAnotherGenerator() throws Exception {
    Path jar = Files.write(dir.resolve("core.jar"), new byte[] {1, 2, 3});
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    String before = GeneratorIdentity.buildIdentity("0.1.0-SNAPSHOT", jar);

    Files.write(jar, new byte[] {1, 2, 3, 4});
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
    String after = GeneratorIdentity.buildIdentity("0.1.0-SNAPSHOT", jar);

    assertNotEquals(before, after);
    assertEquals(after, GeneratorIdentity.buildIdentity("0.1.0-SNAPSHOT", jar), "an untouched jar is the same");
  }

  @Test
  void classesOutsideAJarAreKnownByTheVersionAlone() {
    assertEquals("0.1.0-SNAPSHOT", GeneratorIdentity.buildIdentity("0.1.0-SNAPSHOT", dir));
    assertEquals("dev", GeneratorIdentity.buildIdentity("dev", null));
  }
}
