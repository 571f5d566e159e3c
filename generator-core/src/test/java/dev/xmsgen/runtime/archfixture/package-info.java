/**
 * Test classes that break the runtime's edge on purpose, for {@code StageEdgesFailTest}: they sit
 * in the runtime's package tree and use the generator. Never imported by the real edge test.
 */
package dev.xmsgen.runtime.archfixture;
