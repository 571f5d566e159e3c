/**
 * Java naming rules shared by every stage: how a wire name becomes a type, member or constant name
 * ({@link dev.xmsgen.core.naming.JavaNames}), how generated accessors are named ({@link
 * dev.xmsgen.core.naming.AccessorNames}), how a scope hands out unique names ({@link
 * dev.xmsgen.core.naming.UniqueNames}), which Java type a wire type becomes ({@link
 * dev.xmsgen.core.naming.JavaTypeNames}), and what makes a valid package name.
 *
 * <p>Pure functions over strings and the model's types: this package may use the JDK and {@code
 * model} only, never swagger-parser, JavaPoet or another stage, so parse, transform, emit, output
 * and report can all depend on it.
 */
package dev.xmsgen.core.naming;
