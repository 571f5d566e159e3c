package dev.xmsgen.core.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into maps, lists, strings, longs, booleans and nulls. Made for the state file, which
 * is read on every up-to-date check: unlike a general-purpose library, it loads in well under a
 * millisecond. Numbers must be integers; anything else is an error.
 */
final class SmallJson {
  /** Deeper nesting is an error, not a stack overflow: the state file nests four levels. */
  static final int MAX_DEPTH = 32;

  private final String text;
  private int pos;
  private int depth;

  private SmallJson(String text) {
    this.text = text;
  }

  /** The value {@code text} holds, which must be all it holds. */
  static Object parse(String text) throws IOException {
    SmallJson json = new SmallJson(text);
    Object value = json.value();
    json.skipSpace();
    if (json.pos != text.length()) {
      throw json.error("unexpected text after the value");
    }
    return value;
  }

  private Object value() throws IOException {
    skipSpace();
    if (pos >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(pos);
    if ((c == '{' || c == '[') && depth >= MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
    switch (c) {
      case '{':
        depth++;
        Map<String, Object> map = object();
        depth--;
        return map;
      case '[':
        depth++;
        List<Object> list = array();
        depth--;
        return list;
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return integer();
        }
        throw error("unexpected '" + c + "'");
    }
  }

  private Map<String, Object> object() throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a key");
      }
      String key = string();
      skipSpace();
      expect(':');
      map.put(key, value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<Object> array() throws IOException {
    List<Object> list = new ArrayList<>();
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      list.add(value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() throws IOException {
    pos++;
    int quote = text.indexOf('"', pos);
    if (quote >= 0 && !hasBackslash(pos, quote)) {
      // The common case, and cheap: no escape, so the text between the quotes as it is.
      String plain = text.substring(pos, quote);
      pos = quote + 1;
      return plain;
    }
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error("short \\u escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad \\u escape");
          }
          pos += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private boolean hasBackslash(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\\') {
        return true;
      }
    }
    return false;
  }

  private Long integer() throws IOException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos < text.length() && ".eE".indexOf(text.charAt(pos)) >= 0) {
      throw error("only integers are expected");
    }
    try {
      return Long.parseLong(text.substring(start, pos));
    } catch (NumberFormatException e) {
      throw error("bad number");
    }
  }

  private Object literal(String word, Object value) throws IOException {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected text");
    }
    pos += word.length();
    return value;
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void expect(char c) throws IOException {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private IOException error(String message) {
    return new IOException(message + " at offset " + pos);
  }
}
