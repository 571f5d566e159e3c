/**
 * The edge test: which package of the generator may use which library and which other package,
 * as ArchUnit rules checked against the main classes, and checked to fail on classes that break
 * them. Test code only; it reads classes and changes nothing.
 */
package dev.xmsgen.core.architecture;
