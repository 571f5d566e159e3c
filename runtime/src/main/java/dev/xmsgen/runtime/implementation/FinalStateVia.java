package dev.xmsgen.runtime.implementation;

/**
 * Where a long-running operation's final result is read from ({@code
 * x-ms-long-running-operation-options.final-state-via}). Without one, Azure's default for the
 * method applies: PUT and PATCH read the original URL, POST the {@code Location}, DELETE nothing.
 */
public enum FinalStateVia {
  /** The last {@code Azure-AsyncOperation} status body. */
  AZURE_ASYNC_OPERATION,
  /** A GET of the first response's {@code Location}, or the last Location poll's body. */
  LOCATION,
  /** A GET of the operation's own URL. */
  ORIGINAL_URI,
  /** The {@code resourceLocation} the last {@code Operation-Location} status body names. */
  OPERATION_LOCATION;

  /** Azure's default for an HTTP method. */
  static FinalStateVia defaultFor(String method) {
    return method.equals("PUT") || method.equals("PATCH") ? ORIGINAL_URI : LOCATION;
  }
}
