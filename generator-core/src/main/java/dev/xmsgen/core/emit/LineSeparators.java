package dev.xmsgen.core.emit;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps U+2028 and U+2029 out of JavaPoet: it breaks lines at them, even inside a string literal,
 * which then does not compile. Before emitting, every string of the model has them (and the
 * private-use characters standing in for them) replaced by stand-ins; in each finished source the
 * stand-ins become the escapes {@code \u2028}, {@code \u2029}, {@code \uf8f0}..., which mean the
 * same characters in a literal and are harmless in a comment.
 */
final class LineSeparators {
  private static final char LINE = '\uf8f0';
  private static final char PARAGRAPH = '\uf8f1';
  /** Followed by {@code 'a' + k}: the private-use character U+F8F0 + k itself. */
  private static final char ESCAPE = '\uf8f2';

  private LineSeparators() {}

  /** {@code s} with the separators and the stand-ins' own characters replaced. */
  static String hide(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c != '\u2028' && c != '\u2029' && (c < LINE || c > '\uf8ff');
    }
    if (plain) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u2028') {
        b.append(LINE);
      } else if (c == '\u2029') {
        b.append(PARAGRAPH);
      } else if (c >= LINE && c <= '\uf8ff') {
        b.append(ESCAPE).append((char) ('a' + (c - LINE)));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A finished source with the stand-ins written as Unicode escapes. */
  static String restore(String source) {
    if (source.indexOf(LINE) < 0 && source.indexOf(PARAGRAPH) < 0 && source.indexOf(ESCAPE) < 0) {
      return source;
    }
    StringBuilder b = new StringBuilder(source.length() + 16);
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == LINE) {
        b.append("\\u2028");
      } else if (c == PARAGRAPH) {
        b.append("\\u2029");
      } else if (c == ESCAPE && i + 1 < source.length()) {
        b.append(String.format("\\u%04x", LINE + (source.charAt(++i) - 'a')));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * {@code value} (a model record, list, map, string or anything else) with {@link #hide} applied
   * to every string in it; records are rebuilt only where something changed.
   */
  @SuppressWarnings("unchecked")
  static <T> T hideAll(T value) {
    return (T) hide(value, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static Object hide(Object value, java.util.Set<Object> path) {
    if (value instanceof String s) {
      return hide(s);
    }
    if (value == null || !path.add(value)) {
      return value;
    }
    try {
      if (value instanceof List<?> list) {
        List<Object> out = new ArrayList<>(list.size());
        boolean changed = false;
        for (Object o : list) {
          Object h = hide(o, path);
          changed |= h != o;
          out.add(h);
        }
        return changed ? Collections.unmodifiableList(out) : value;
      }
      if (value instanceof Map<?, ?> map) {
        Map<Object, Object> out = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          Object k = hide(e.getKey(), path);
          Object v = hide(e.getValue(), path);
          changed |= k != e.getKey() || v != e.getValue();
          out.put(k, v);
        }
        return changed ? Collections.unmodifiableMap(out) : value;
      }
      if (value instanceof Record r) {
        return hideRecord(r, path);
      }
      return value;
    } finally {
      path.remove(value);
    }
  }

  private static Object hideRecord(Record r, java.util.Set<Object> path) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean changed = false;
    try {
      for (int i = 0; i < components.length; i++) {
        Object v = components[i].getAccessor().invoke(r);
        args[i] = hide(v, path);
        types[i] = components[i].getType();
        changed |= args[i] != v;
      }
      if (!changed) {
        return r;
      }
      Constructor<?> c = r.getClass().getDeclaredConstructor(types);
      c.setAccessible(true);
      return c.newInstance(args);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return r; // a record that cannot be rebuilt keeps its strings as they are
    }
  }
}
