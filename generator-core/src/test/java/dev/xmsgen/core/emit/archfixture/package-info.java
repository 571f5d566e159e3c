/**
 * Test classes that break the stage edges from inside {@code emit} on purpose, for {@code
 * StageEdgesFailTest}. Never imported by the real edge test, which reads main classes only.
 */
package dev.xmsgen.core.emit.archfixture;
