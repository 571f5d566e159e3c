/**
 * Compares two generated APIs as a Java caller sees them: each change is stated as the Java symbol
 * that changed, its cause in the old and the new spec ({@code file#pointer}), and whether it breaks
 * callers. Reads only the model and the names and signatures the emitters give ({@link
 * dev.xmsgen.core.emit.ApiSignatures}); it never touches swagger-parser or JavaPoet types, and
 * writes no files.
 */
package dev.xmsgen.core.diff;
