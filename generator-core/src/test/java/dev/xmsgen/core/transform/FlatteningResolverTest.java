package dev.xmsgen.core.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlatteningResolverTest {
  private static final TypeRef STRING = TypeRef.of(TypeRef.Primitive.STRING);

  private static Models.Prop prop(String name, TypeRef type, boolean flatten) {
    Models.Prop p = Models.prop(name, type).javaName(name).at(new SourceRef("t.json", "/" + name));
    return flatten ? p.flatten() : p;
  }

  private static ObjectModel type(
      String name, String parent, List<String> subtypes, Models.Prop... properties) {
    return Models.object(name)
        .at(new SourceRef("t.json", "/definitions/" + name))
        .parent(parent)
        .subtypes(subtypes.toArray(String[]::new))
        .props(properties)
        .build();
  }

  private static ApiModel model(TypeDef... types) {
    return Models.api(Models.client("C"), List.of(types), List.of());
  }

  private static ObjectModel find(ApiModel model, String name) {
    return (ObjectModel) model.type(name).orElseThrow();
  }

  private static List<String> exposed(ObjectModel o) {
    return o.flattened().stream()
        .map(f -> f.javaName() + "=" + String.join(".", f.path()) + "." + f.leaf().javaName())
        .toList();
  }

  @Test
  void namesAvoidAncestorsDescendantsAndEachOther() {
    ApiModel resolved =
        new FlatteningResolver()
            .resolve(
                model(
                    type("Base", null, List.of("Outer"), prop("name", STRING, false)),
                    type(
                        "Outer", "Base", List.of("Child"),
                        prop("properties", new TypeRef.Named("Inner"), true),
                        prop("more", new TypeRef.Named("Inner"), true)),
                    type("Child", "Outer", List.of(), prop("size", STRING, false)),
                    type(
                        "Inner", "InnerBase", List.of(),
                        prop("name", STRING, false),
                        prop("size", STRING, false),
                        prop("deep", new TypeRef.Named("Deep"), true)),
                    type("InnerBase", null, List.of("Inner"), prop("kindOf", STRING, false)),
                    type("Deep", null, List.of(), prop("x", STRING, false))));
    assertEquals(
        List.of(
            "kindOf=properties.kindOf", "propertiesName=properties.name",
            "propertiesSize=properties.size", "x=properties.deep.x",
            "moreKindOf=more.kindOf", "moreName=more.name", "moreSize=more.size",
            "moreX=more.deep.x"),
        exposed(find(resolved, "Outer")));
    assertEquals(List.of("x=deep.x"), exposed(find(resolved, "Inner")));
    assertEquals(List.of(), resolved.warnings());

    FlattenedProperty inherited = find(resolved, "Outer").flattened().get(0);
    assertEquals("InnerBase", inherited.leafOwner(), "the leaf is declared by Inner's parent");
    FlattenedProperty deep = find(resolved, "Outer").flattened().get(3);
    assertEquals(
        List.of("Outer.properties -> Inner", "Inner.deep -> Deep"),
        deep.steps().stream()
            .map(st -> st.owner() + "." + st.property().javaName() + " -> " + st.target())
            .toList());
    assertEquals("Deep", deep.leafOwner());
  }

  @Test
  void flatteningStopsWhereATypeWouldRepeat() {
    ApiModel resolved =
        new FlatteningResolver()
            .resolve(
                model(
                    type("A", null, List.of(), prop("b", new TypeRef.Named("B"), true)),
                    type("B", null, List.of(),
                        prop("a", new TypeRef.Named("A"), true), prop("y", STRING, false))));
    assertEquals(List.of("a=b.a", "y=b.y"), exposed(find(resolved, "A")));
    FlattenedProperty back = find(resolved, "A").flattened().get(0);
    assertTrue(back.leaf().flatten(), "the leaf keeps its own flag; only the walk stops");
  }

  @Test
  void scalarsListsAndEmptyTypesAreNotFlattened() {
    ApiModel resolved =
        new FlatteningResolver()
            .resolve(
                model(
                    type(
                        "Holder", null, List.of(),
                        prop("note", STRING, true),
                        prop("items", new TypeRef.ListOf(new TypeRef.Named("Empty")), true),
                        prop("empty", new TypeRef.Named("Empty"), true)),
                    type("Empty", null, List.of())));
    ObjectModel holder = find(resolved, "Holder");
    holder.properties().forEach(p -> assertFalse(p.flatten(), p.wireName()));
    assertEquals(List.of(), holder.flattened());
    assertEquals(
        List.of(
            "t.json#/empty: x-ms-client-flatten on Holder.empty is ignored: Empty has no"
                + " properties",
            "t.json#/items: x-ms-client-flatten on Holder.items is ignored: a list cannot be"
                + " flattened"),
        resolved.warnings().stream().map(Object::toString).toList());
  }
}
