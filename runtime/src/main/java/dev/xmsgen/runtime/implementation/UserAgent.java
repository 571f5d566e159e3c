package dev.xmsgen.runtime.implementation;

/** Builds the {@code User-Agent} header: application, client, runtime and platform. */
final class UserAgent {
  private UserAgent() {}

  /**
   * {@code [applicationId ]client xmsgen-runtime/version (Java version; OS)}.
   *
   * @param applicationId the caller's own product token, or {@code null}
   * @param client the generated client's token, for example {@code KeyVaultManagementClient/1.0},
   *     or {@code null}
   */
  static String of(String applicationId, String client) {
    StringBuilder ua = new StringBuilder();
    if (applicationId != null && !applicationId.isBlank()) {
      ua.append(applicationId.strip()).append(' ');
    }
    if (client != null && !client.isBlank()) {
      ua.append(client.strip()).append(' ');
    }
    String version = UserAgent.class.getPackage().getImplementationVersion();
    ua.append("xmsgen-runtime/").append(version == null ? "dev" : version);
    ua.append(" (Java ")
        .append(System.getProperty("java.version"))
        .append("; ")
        .append(System.getProperty("os.name"))
        .append(')');
    return ua.toString();
  }
}
