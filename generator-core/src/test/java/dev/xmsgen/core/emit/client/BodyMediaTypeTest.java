package dev.xmsgen.core.emit.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the media types an operation consumes its body is sent as. */
class BodyMediaTypeTest {
  private static final TypeRef BYTES = TypeRef.of(TypeRef.Primitive.BINARY);
  private static final TypeRef MODEL = new TypeRef.Named("Source");

  private static OperationModel consuming(String... mediaTypes) {
    return Models.op("Analyze", "POST", "/analyze")
        .withJavaName("analyze")
        .withConsumes(List.of(mediaTypes))
        .withSource(new SourceRef("media.json", "/paths"));
  }

  @Test
  void aModelGoesAsTheFirstJsonMediaType() {
    assertEquals(
        "application/json",
        RequestMethodWriter.bodyMediaType(
            consuming("application/pdf", "application/json", "image/png"), MODEL));
  }

  @Test
  void bytesGoAsTheFirstMediaTypeThatIsNotJson() {
    assertEquals(
        "application/octet-stream",
        RequestMethodWriter.bodyMediaType(
            consuming("application/json", "application/octet-stream"), BYTES));
  }

  @Test
  void otherwiseTheFirstListedOrJson() {
    assertEquals(
        "text/plain; charset=UTF-8",
        RequestMethodWriter.bodyMediaType(consuming("text/plain; charset=UTF-8"), MODEL));
    assertEquals("application/json", RequestMethodWriter.bodyMediaType(consuming(), BYTES));
  }
}
