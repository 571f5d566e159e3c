package dev.xmsgen.core.output;

import java.io.IOException;

/**
 * The points of a write at which its progress is durable on disk, named so that tests can fail or
 * stop the write right after any one of them: {@code staged} (new content is in the staging
 * folder), {@code journal} (the swap is decided), {@code move N} (the N-th rename of the swap),
 * {@code state} (the new state is in place). Production code passes {@link #NONE}.
 */
@FunctionalInterface
interface Steps {

  /** No hook: what every real run uses. */
  Steps NONE = step -> {};

  /** Called right after {@code step} is done. */
  void after(String step) throws IOException;
}
