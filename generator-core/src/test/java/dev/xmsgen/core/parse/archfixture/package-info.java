/**
 * Test classes that break the stage edges from inside {@code parse} on purpose, for {@code
 * StageEdgesFailTest}. Never imported by the real edge test, which reads main classes only.
 */
package dev.xmsgen.core.parse.archfixture;
