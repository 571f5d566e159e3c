package dev.xmsgen.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@code xmsgen generate}, as read from the command line by picocli or by {@link
 * QuickCommandLine}.
 *
 * @param specs the spec files, as given
 * @param specDir a folder to take spec files from, or {@code null}
 * @param includes patterns of the files to take from {@code specDir} (none: the defaults)
 * @param excludes patterns of the files to leave out of {@code specDir} (none: the defaults)
 * @param output the source root to write into
 * @param packageName the Java package of the clients; models and enums go to its {@code models}
 *     subpackage unless {@code flatPackage}
 * @param report where to write the JSON report, or {@code null}
 * @param docs the folder to write reference pages into, or {@code null} for none
 * @param readRoots the folders a {@code $ref} may read files in; none: anywhere
 * @param noClients generate models and enums only
 * @param flatPackage put models and enums in the clients' package
 * @param force generate even when the output is up to date
 * @param quiet print nothing but errors
 * @param verbose also print each file written, unchanged or deleted
 * @param clientVersion the version the client names in its User-Agent, or {@code null} for its
 *     jar's
 */
record GenerateArguments(
    List<Path> specs,
    Path specDir,
    List<String> includes,
    List<String> excludes,
    Path output,
    String packageName,
    Path report,
    Path docs,
    List<Path> readRoots,
    boolean noClients,
    boolean flatPackage,
    boolean force,
    boolean quiet,
    boolean verbose,
    String clientVersion) {

  GenerateArguments {
    specs = List.copyOf(specs);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    readRoots = List.copyOf(readRoots);
  }
}
