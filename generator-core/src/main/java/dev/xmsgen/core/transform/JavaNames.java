package dev.xmsgen.core.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns spec names into Java identifiers. Every result is a legal identifier made only of ASCII
 * letters, digits and {@code _}, so it is also safe as a file name: {@code ../x} becomes {@code X}.
 */
public final class JavaNames {

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
          "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
          "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
          "interface", "long", "native", "new", "package", "private", "protected", "public",
          "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
          "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
          "null", "var", "record", "yield", "sealed", "permits", "non-sealed", "_");

  private JavaNames() {}

  /** The words of a name: split on non-alphanumerics, camel humps and letter/digit edges. */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int[] cps = name.codePoints().toArray();
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
                && Character.isLowerCase(cps[i + 1]);
        if (hump || acronymEnd) {
          flush(words, word);
        }
      }
      word.appendCodePoint(c);
    }
    flush(words, word);
    return words;
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

  /** {@code PrivateEndpoint} → {@code privateEndpoint}; keywords get a {@code Property} suffix. */
  public static String camel(String name) {
    String p = pascal(name);
    int lead = 0;
    while (lead < p.length() && Character.isUpperCase(p.charAt(lead))) {
      lead++;
    }
    String c;
    if (lead <= 1) {
      c = p.substring(0, 1).toLowerCase(Locale.ROOT) + p.substring(1);
    } else if (lead == p.length()) {
      c = p.toLowerCase(Locale.ROOT);
    } else {
      // "URLPath" → "urlPath": lower the acronym but keep the next word's capital
      c = p.substring(0, lead - 1).toLowerCase(Locale.ROOT) + p.substring(lead - 1);
    }
    return KEYWORDS.contains(c) ? c + "Value" : identifier(c, "unnamed");
  }

  /** {@code Succeeded} → {@code SUCCEEDED}, {@code in-progress} → {@code IN_PROGRESS}. */
  public static String constant(String name) {
    String c = String.join("_", words(name)).toUpperCase(Locale.ROOT);
    return identifier(c, "EMPTY");
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
