/**
 * Tests that feed the generator broken and hostile specs: seeded mutations of the real KeyVault
 * specs and a hand-made corpus. They call only the public {@code Generator} API and assert what a
 * user sees: one line per problem with file and pointer, no file content, or output that compiles.
 */
package dev.xmsgen.core.hostile;
