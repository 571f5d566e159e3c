package dev.xmsgen.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Classes compiled by {@link InMemoryCompiler}, loaded by their own class loader whose parent is
 * the test's, plus reflection shortcuts that keep tests readable. A method is found by name and
 * argument count (generated accessors are unique that way); exceptions thrown by it are rethrown
 * unwrapped.
 */
public final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> classes;

  CompiledClasses(Map<String, byte[]> classes) {
    super(CompiledClasses.class.getClassLoader());
    this.classes = Map.copyOf(classes);
  }

  /** The binary names of the compiled classes. */
  public java.util.Set<String> names() {
    return classes.keySet();
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** The loaded class of that binary name. */
  public Class<?> type(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not compiled: " + name, e);
    }
  }

  /** A new instance through the public no-argument constructor. */
  public Object newInstance(String name) {
    try {
      return type(name).getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls a public method of {@code target}, found by name and argument count. */
  public static Object call(Object target, String method, Object... args) {
    return invoke(target.getClass(), target, method, args);
  }

  /** Calls a public static method. */
  public Object callStatic(String type, String method, Object... args) {
    return invoke(type(type), null, method, args);
  }

  /** A public static field's value. */
  public Object constant(String type, String field) {
    try {
      return type(type).getField(field).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object invoke(Class<?> type, Object target, String name, Object[] args) {
    Method method =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        type.getName()
                            + " has no public "
                            + name
                            + "/"
                            + args.length
                            + "; it has "
                            + Arrays.stream(type.getMethods())
                                .map(Method::getName)
                                .sorted()
                                .distinct()
                                .collect(Collectors.joining(", "))));
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException(cause);
  }
}
