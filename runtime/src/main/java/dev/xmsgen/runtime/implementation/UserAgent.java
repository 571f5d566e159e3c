package dev.xmsgen.runtime.implementation;

/** Builds the {@code User-Agent} header: application, client, runtime and platform. */
public final class UserAgent {
  private UserAgent() {}

  /**
   * A generated client's product token: its simple name and the version of the jar it is packaged
   * in (the manifest's {@code Implementation-Version}), or {@code dev} when that is not known. The
   * service's API version is not the client's version and is not used.
   *
   * @param client the generated client's class
   * @return for example {@code KeyVaultManagementClient/1.4.0}
   */
  public static String clientToken(Class<?> client) {
    return client.getSimpleName() + "/" + versionOf(client);
  }

  /**
   * A generated client's product token with the version it was generated with (the generator's
   * client version option, such as the Maven project's version).
   *
   * @param client the generated client's class
   * @param version its version
   * @return for example {@code KeyVaultManagementClient/1.4.0}
   */
  public static String clientToken(Class<?> client, String version) {
    return client.getSimpleName() + "/" + version;
  }

  /**
   * {@code [applicationId ]client xmsgen-runtime/version (Java version; OS)}; with telemetry off,
   * the application id alone, or {@code null} for none.
   *
   * @param applicationId the caller's own product token, or {@code null}
   * @param client the generated client's token, for example {@code KeyVaultManagementClient/1.0},
   *     or {@code null}
   * @param telemetry whether to name the client, runtime and platform
   */
  static String of(String applicationId, String client, boolean telemetry) {
    if (!telemetry) {
      return applicationId == null || applicationId.isBlank() ? null : applicationId.strip();
    }
    StringBuilder ua = new StringBuilder();
    if (applicationId != null && !applicationId.isBlank()) {
      ua.append(applicationId.strip()).append(' ');
    }
    if (client != null && !client.isBlank()) {
      ua.append(client.strip()).append(' ');
    }
    ua.append("xmsgen-runtime/").append(versionOf(UserAgent.class));
    ua.append(" (Java ")
        .append(System.getProperty("java.version"))
        .append("; ")
        .append(System.getProperty("os.name"))
        .append(')');
    return ua.toString();
  }

  private static String versionOf(Class<?> type) {
    Package p = type.getPackage();
    String version = p == null ? null : p.getImplementationVersion();
    return version == null || version.isBlank() ? "dev" : version.strip();
  }
}
