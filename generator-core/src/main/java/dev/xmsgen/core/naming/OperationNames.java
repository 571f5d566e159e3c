package dev.xmsgen.core.naming;

/** How the generated methods of an operation are named, from the operation's Java name. */
public final class OperationNames {
  private OperationNames() {}

  /** {@code beginCreateOrUpdate}: the long-running operation's method that returns its poller. */
  public static String begin(String javaName) {
    return "begin" + capitalize(javaName);
  }

  /** {@code resumeCreateOrUpdate}: the method that rebuilds a poller from its resume token. */
  public static String resume(String javaName) {
    return "resume" + capitalize(javaName);
  }

  private static String capitalize(String javaName) {
    return Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
  }
}
