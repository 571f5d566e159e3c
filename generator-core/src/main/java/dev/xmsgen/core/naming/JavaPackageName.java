package dev.xmsgen.core.naming;


/**
 * Checks a Java package name: dot-separated identifiers, none a keyword, and not {@code java},
 * {@code javax} or a package under them (the compiler refuses sources there, or the module system
 * does).
 */
public final class JavaPackageName {
  private static final String[] RESERVED = {"java", "javax"};

  private JavaPackageName() {}

  /** What is wrong with {@code name} as a package name, or {@code null} when it is valid. */
  public static String problem(String name) {
    if (name == null || name.isEmpty()) {
      return "it is empty";
    }
    for (String reserved : RESERVED) {
      if (name.equals(reserved) || name.startsWith(reserved + ".")) {
        return "packages under '" + reserved + "' belong to the Java platform and cannot be compiled into";
      }
    }
    for (String part : name.split("\\.", -1)) {
      if (part.isEmpty()) {
        return "it has an empty part";
      }
      if (!isIdentifier(part)) {
        return "'" + part + "' is not a Java identifier";
      }
      if (JavaNames.isKeyword(part)) {
        return "'" + part + "' is a Java keyword";
      }
    }
    return null;
  }

  private static boolean isIdentifier(String part) {
    if (!Character.isJavaIdentifierStart(part.codePointAt(0))) {
      return false;
    }
    // a loop, not a stream: see Fingerprint.render
    for (int i = Character.charCount(part.codePointAt(0)); i < part.length(); ) {
      int c = part.codePointAt(i);
      if (!Character.isJavaIdentifierPart(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
