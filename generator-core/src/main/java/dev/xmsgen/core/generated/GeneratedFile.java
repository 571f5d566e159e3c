package dev.xmsgen.core.generated;

/**
 * One generated source file, in memory.
 *
 * @param relativePath the path below the source root, with {@code /} separators, for example
 *     {@code com/example/Vault.java}
 * @param content the file's text
 */
public record GeneratedFile(String relativePath, String content) {}
