/**
 * The other package of a cycle made on purpose for {@code StageEdgesFailTest}; its partner is
 * {@code archfixture.upstream}. Test code only, never imported by the real edge test.
 */
package dev.xmsgen.core.archfixture.downstream;
