package dev.xmsgen.core.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns spec names into Java identifiers. Every result is a legal identifier made only of ASCII
 * letters, digits and {@code _}, so it is also safe as a file name: {@code ../x} becomes {@code X}.
 *
 * <p>Type names must also leave {@code java.lang} alone: every generated file sees the types of its
 * own package before {@code java.lang}, so a model called {@code Error} or {@code String} would
 * silently replace the JDK's type in every generated file. {@link #typeName} therefore appends
 * {@value #JAVA_LANG_SUFFIX} to such names ({@code Error} becomes {@code ErrorModel}, {@code
 * String} becomes {@code StringModel}); the list covers the public {@code java.lang} types of JDK
 * 11 to 21, so output compiles on any of them.
 */
public final class JavaNames {

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "record",
          "yield",
          "sealed",
          "permits",
          "non-sealed",
          "_");

  /** What {@link #typeName} appends to a name that {@code java.lang} already uses. */
  public static final String JAVA_LANG_SUFFIX = "Model";

  private static final Set<String> JAVA_LANG =
      Set.of(
          // interfaces
          "Appendable",
          "AutoCloseable",
          "CharSequence",
          "Cloneable",
          "Comparable",
          "Iterable",
          "Readable",
          "Runnable",
          // classes
          "Boolean",
          "Byte",
          "Character",
          "Class",
          "ClassLoader",
          "ClassValue",
          "Compiler",
          "Double",
          "Enum",
          "Float",
          "InheritableThreadLocal",
          "Integer",
          "Long",
          "Math",
          "Module",
          "ModuleLayer",
          "Number",
          "Object",
          "Package",
          "Process",
          "ProcessBuilder",
          "ProcessHandle",
          "Record",
          "Runtime",
          "RuntimePermission",
          "ScopedValue",
          "SecurityManager",
          "Short",
          "StackTraceElement",
          "StackWalker",
          "StrictMath",
          "String",
          "StringBuffer",
          "StringBuilder",
          "StringTemplate",
          "System",
          "Thread",
          "ThreadGroup",
          "ThreadLocal",
          "Throwable",
          "Void",
          // exceptions
          "ArithmeticException",
          "ArrayIndexOutOfBoundsException",
          "ArrayStoreException",
          "ClassCastException",
          "ClassNotFoundException",
          "CloneNotSupportedException",
          "EnumConstantNotPresentException",
          "Exception",
          "IllegalAccessException",
          "IllegalArgumentException",
          "IllegalCallerException",
          "IllegalMonitorStateException",
          "IllegalStateException",
          "IllegalThreadStateException",
          "IndexOutOfBoundsException",
          "InstantiationException",
          "InterruptedException",
          "LayerInstantiationException",
          "MatchException",
          "NegativeArraySizeException",
          "NoSuchFieldException",
          "NoSuchMethodException",
          "NullPointerException",
          "NumberFormatException",
          "ReflectiveOperationException",
          "RuntimeException",
          "SecurityException",
          "StringIndexOutOfBoundsException",
          "TypeNotPresentException",
          "UnsupportedOperationException",
          "WrongThreadException",
          // errors
          "AbstractMethodError",
          "AssertionError",
          "BootstrapMethodError",
          "ClassCircularityError",
          "ClassFormatError",
          "Error",
          "ExceptionInInitializerError",
          "IllegalAccessError",
          "IncompatibleClassChangeError",
          "InstantiationError",
          "InternalError",
          "LinkageError",
          "NoClassDefFoundError",
          "NoSuchFieldError",
          "NoSuchMethodError",
          "OutOfMemoryError",
          "StackOverflowError",
          "ThreadDeath",
          "UnknownError",
          "UnsatisfiedLinkError",
          "UnsupportedClassVersionError",
          "VerifyError",
          "VirtualMachineError",
          // annotations
          "Deprecated",
          "FunctionalInterface",
          "Override",
          "SafeVarargs",
          "SuppressWarnings");

  private JavaNames() {}

  /** The words of a name: split on non-alphanumerics, camel humps and letter/digit edges. */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int[] cps = codePoints(name);
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      boolean alnum = c < 128 && Character.isLetterOrDigit(c);
      if (!alnum) {
        flush(words, word);
        continue;
      }
      if (word.length() > 0) {
        int prev = cps[i - 1];
        boolean hump = Character.isUpperCase(c) && Character.isLowerCase(prev);
        boolean acronymEnd =
            Character.isUpperCase(c)
                && Character.isUpperCase(prev)
                && i + 1 < cps.length
                && Character.isLowerCase(cps[i + 1])
                && !isPluralEnd(cps, i + 1);
        if (hump || acronymEnd) {
          flush(words, word);
        }
      }
      word.appendCodePoint(c);
    }
    flush(words, word);
    return words;
  }

  /**
   * The code points of {@code s}, by a plain loop: this runs for every name, and in a short run a
   * stream pipeline per call costs more than the loop it stands for.
   */
  private static int[] codePoints(String s) {
    int[] cps = new int[s.codePointCount(0, s.length())];
    for (int i = 0, n = 0; i < s.length(); n++) {
      int c = s.codePointAt(i);
      cps[n] = c;
      i += Character.charCount(c);
    }
    return cps;
  }

  /** Whether none of the first {@code end} chars of {@code s} is a lower-case letter. */
  private static boolean noLowerCase(String s, int end) {
    for (int i = 0; i < end; i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the letter at {@code i} is an {@code s} that ends a word, so that the capitals before
   * it are a plural acronym: {@code LROs}, {@code VMs}.
   */
  private static boolean isPluralEnd(int[] cps, int i) {
    return cps[i] == 's' && (i + 1 == cps.length || !Character.isLowerCase(cps[i + 1]));
  }

  private static void flush(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** {@code private-endpoint} → {@code PrivateEndpoint}; a leading digit gets a {@code _}. */
  public static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : words(name)) {
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return identifier(out.toString(), "Unnamed");
  }

  /**
   * {@code PrivateEndpoint} → {@code privateEndpoint}, {@code URLPath} → {@code urlPath}, {@code
   * LROs} → {@code lros}; keywords get a {@code Value} suffix.
   */
  public static String camel(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return identifier("", "unnamed");
    }
    String first = words.get(0);
    String rest = first.length() > 1 ? first.substring(1) : "";
    // an acronym (URL, LROs) is lowered whole; a word (Private) only at its start
    boolean acronym =
        noLowerCase(rest, rest.length())
            || (rest.endsWith("s") && noLowerCase(rest, rest.length() - 1));
    StringBuilder c =
        new StringBuilder(
            acronym
                ? first.toLowerCase(Locale.ROOT)
                : first.substring(0, 1).toLowerCase(Locale.ROOT) + rest);
    for (String w : words.subList(1, words.size())) {
      c.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    String out = c.toString();
    return KEYWORDS.contains(out) ? out + "Value" : identifier(out, "unnamed");
  }

  /** {@code Succeeded} → {@code SUCCEEDED}, {@code in-progress} → {@code IN_PROGRESS}. */
  public static String constant(String name) {
    String c = String.join("_", words(name)).toUpperCase(Locale.ROOT);
    return identifier(c, "EMPTY");
  }

  /**
   * A class or enum name: {@link #pascal} case, with {@value #JAVA_LANG_SUFFIX} appended when
   * {@code java.lang} already has a type of that simple name ({@code Error} → {@code ErrorModel}).
   */
  public static String typeName(String name) {
    String p = pascal(name);
    return JAVA_LANG.contains(p) ? p + JAVA_LANG_SUFFIX : p;
  }

  /** Whether a public type of {@code java.lang} has this simple name. */
  public static boolean isJavaLangName(String simpleName) {
    return JAVA_LANG.contains(simpleName);
  }

  /** Whether {@code name} is a Java keyword or reserved literal. */
  public static boolean isKeyword(String name) {
    return KEYWORDS.contains(name);
  }

  private static String identifier(String s, String ifEmpty) {
    if (s.isEmpty()) {
      return ifEmpty;
    }
    return Character.isDigit(s.charAt(0)) ? "_" + s : s;
  }
}
