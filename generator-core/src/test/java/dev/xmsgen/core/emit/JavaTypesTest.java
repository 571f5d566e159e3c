package dev.xmsgen.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.TypeName;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.TypeRef.Primitive;
import dev.xmsgen.core.naming.JavaTypeNames;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The emitters' JavaPoet types are the types the report names: for every wire primitive, alone
 * and inside lists and maps, the generated code and {@link JavaTypeNames} agree.
 */
class JavaTypesTest {
  private final JavaTypes types = new JavaTypes("com.example");

  @Test
  void everyTypeIsWrittenAsTheReportNamesIt() {
    List<TypeRef> all = new ArrayList<>();
    for (Primitive p : Primitive.values()) {
      all.add(TypeRef.of(p));
    }
    all.add(new TypeRef.Named("Vault"));
    for (TypeRef t : List.copyOf(all)) {
      all.add(new TypeRef.ListOf(t));
      all.add(new TypeRef.MapOf(new TypeRef.ListOf(t)));
    }
    for (TypeRef t : all) {
      String reported = JavaTypeNames.sourceName("com.example", t);
      assertEquals(reported, types.boxed(t).toString(), t.toString());
    }
  }

  @Test
  void numbersAndBooleansUnboxWhereAValueIsAlwaysThere() {
    assertEquals(TypeName.INT, types.unboxed(TypeRef.of(Primitive.INT32)));
    assertEquals(TypeName.BOOLEAN, types.unboxed(TypeRef.of(Primitive.BOOLEAN)));
    assertEquals("byte[]", types.unboxed(TypeRef.of(Primitive.BYTE_ARRAY)).toString());
  }
}
