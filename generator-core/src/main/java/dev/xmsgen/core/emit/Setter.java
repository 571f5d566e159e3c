package dev.xmsgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A public chainable setter: what the declaring class writes, and what each subclass overrides to
 * return its own type so chains keep the most specific type ({@code new Vault().setLocation(..)
 * .setProperties(..)}).
 *
 * @param name the method name
 * @param type the parameter's type
 * @param parameter the parameter's name
 * @param summary the comment's first sentence, already Javadoc
 * @param notes further paragraphs, already Javadoc
 */
record Setter(String name, TypeName type, String parameter, String summary, List<String> notes) {

  Setter {
    notes = List.copyOf(notes);
  }

  /**
   * The method's head in {@code owner}, for a body that sets the value and returns {@code this}.
   */
  MethodSpec.Builder declare(ClassName owner) {
    JavadocWriter doc = JavadocWriter.summary(summary);
    notes.forEach(doc::paragraph);
    CodeBlock javadoc =
        doc.param(parameter, "the new value")
            .returns("this {@code " + owner.simpleName() + "}, for chaining")
            .build();
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PUBLIC)
        .returns(owner)
        .addParameter(type, parameter);
  }

  /** The override in a subclass {@code owner}: calls the inherited setter, returns {@code this}. */
  MethodSpec override(ClassName owner) {
    return declare(owner)
        .addAnnotation(Override.class)
        .addStatement("super.$N($N)", name, parameter)
        .addStatement("return this")
        .build();
  }
}
